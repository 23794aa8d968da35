import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'

type WithRole = Pick<Member, 'id' | 'role'>

export function countOwners(members: readonly WithRole[]): number {
  return members.filter((member) => member.role === 'owner').length
}

/** Whether the member is the organization's one owner. */
export function isLastOwner(
  members: readonly WithRole[],
  member: WithRole,
): boolean {
  const current = members.find((candidate) => candidate.id === member.id)
  return current?.role === 'owner' && countOwners(members) === 1
}

/**
 * Whether giving the member `role` would leave the organization without
 * an owner; `null` stands for removing them.
 */
export function wouldLeaveNoOwner(
  members: readonly WithRole[],
  member: WithRole,
  role: Role | null,
): boolean {
  return role !== 'owner' && isLastOwner(members, member)
}

/**
 * Whether a change grants or takes away the owner role, which the panel
 * confirms by having the user type the member's email. `null` as the new
 * role is a removal.
 */
export function changesOwnerRole(from: Role | null, to: Role | null): boolean {
  return (from === 'owner') !== (to === 'owner')
}
