import type { Member } from '../../api/members'
import { ROLES } from '../../api/roles'
import { memberDisplayName } from './memberName'
import type { SortableColumn, SortState } from './membersSearch'

/** Compares names and emails as people expect: accents and case ignored, numbers in order. */
export const compareText = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
}).compare

/** Unknown roles sort before viewers. */
function roleRank(member: Member): number {
  return member.role === null ? -1 : ROLES.indexOf(member.role)
}

/** The ascending order of each sortable column, for the table and exports alike. */
export const compareMembers: Record<
  SortableColumn,
  (a: Member, b: Member) => number
> = {
  name: (a, b) => compareText(memberDisplayName(a), memberDisplayName(b)),
  email: (a, b) => compareText(a.email, b.email),
  role: (a, b) => roleRank(a) - roleRank(b),
}

/** The members in the table's order; ties keep the API's order. */
export function sortMembers(
  members: readonly Member[],
  sort: SortState,
): Member[] {
  const compare = compareMembers[sort.column]
  const direction = sort.descending ? -1 : 1
  return [...members].sort((a, b) => direction * compare(a, b))
}
