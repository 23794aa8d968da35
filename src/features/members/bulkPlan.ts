import type { Member, MemberList } from '../../api/members'
import type { Role } from '../../api/roles'
import { findStaleChange, type StaleChange } from './memberWrites'
import { changesOwnerRole, countOwners } from './ownerGuard'

export type BulkAction = { kind: 'role'; role: Role } | { kind: 'remove' }

/** One write of a batch: the member as read, and the new role or null for a removal. */
export interface PlannedChange {
  member: Member
  to: Role | null
}

export interface BulkPlan {
  selectedIds: ReadonlySet<string>
  action: BulkAction
  /** The writes, promotions to owner first, so an owner remains while the batch runs. */
  changes: PlannedChange[]
  /** Selected members who already have the role; nothing is sent for them. */
  unchanged: Member[]
  ownersBefore: number
  ownersAfter: number
  /** Changes that grant or take away the owner role. */
  ownerChanges: PlannedChange[]
}

/**
 * Works out what a batch would do to the selected members of the list.
 * Selected ids no longer in the list are left out.
 */
export function planBulk(
  members: readonly Member[],
  selectedIds: ReadonlySet<string>,
  action: BulkAction,
): BulkPlan {
  const to = action.kind === 'remove' ? null : action.role
  const selected = members.filter((member) => selectedIds.has(member.id))
  const unchanged = selected.filter(
    (member) => to !== null && member.role === to,
  )
  const changes = selected
    .filter((member) => !unchanged.includes(member))
    .map((member) => ({ member, to }))
    .sort((a, b) => Number(b.to === 'owner') - Number(a.to === 'owner'))

  const changed = new Set(changes.map(({ member }) => member.id))
  const untouched = members.filter((member) => !changed.has(member.id))
  const promoted = changes.filter((change) => change.to === 'owner').length

  return {
    selectedIds,
    action,
    changes,
    unchanged,
    ownersBefore: countOwners(members),
    ownersAfter: countOwners(untouched) + promoted,
    ownerChanges: changes.filter(({ member, to: role }) =>
      changesOwnerRole(member.role, role),
    ),
  }
}

/** How the planned members differ in a fresh read of the list. */
export function findStaleChanges(
  plan: BulkPlan,
  list: MemberList,
): StaleChange[] {
  return plan.changes
    .map(({ member }) => findStaleChange(list, member))
    .filter((change): change is StaleChange => change !== null)
}

/**
 * The text to type before a batch that changes owners: the member's email
 * when one member's owner role changes, the organization's name when
 * several do, and null when no owner role changes.
 */
export function bulkConfirmationText(
  plan: BulkPlan,
  organizationName: string,
  emailOf: (member: Member) => string,
): string | null {
  const [first, ...others] = plan.ownerChanges
  if (!first) return null
  return others.length === 0 ? emailOf(first.member) : organizationName
}
