import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { Member } from '../../api/members'
import { ROLES } from '../../api/roles'
import { memberDisplayName } from './memberName'

/**
 * The table sorts, pages and selects rows. The search and the role filter
 * run before it (filterMembers), so it gets only the matches.
 */
export const memberTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
})

const column = createColumnHelper<typeof memberTableFeatures, Member>()

/** Compares names and emails as people expect: accents and case ignored, numbers in order. */
const collator = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
})

/** Unknown roles sort before viewers. */
function roleRank(member: Member): number {
  return member.role === null ? -1 : ROLES.indexOf(member.role)
}

export const memberColumns = column.columns([
  column.accessor((member) => memberDisplayName(member), {
    id: 'name',
    sortFn: (a, b) => collator.compare(a.getValue('name'), b.getValue('name')),
  }),
  column.accessor('email', {
    id: 'email',
    sortFn: (a, b) => collator.compare(a.original.email, b.original.email),
  }),
  column.accessor((member) => roleRank(member), {
    id: 'role',
    sortFn: (a, b) => roleRank(a.original) - roleRank(b.original),
  }),
])
