import {
  fetchMembers,
  removeMember,
  saveMember,
  type Member,
  type MemberList,
} from '../../api/members'
import type { Role } from '../../api/roles'
import { wouldLeaveNoOwner } from './ownerGuard'

/** How a member differs between the table's copy and a fresh read. */
export type StaleChange =
  | { kind: 'gone'; member: Member }
  | { kind: 'role'; member: Member; current: Member }

export function findStaleChange(
  list: MemberList,
  member: Member,
): StaleChange | null {
  const current = list.members.find((candidate) => candidate.id === member.id)
  if (!current) return { kind: 'gone', member }
  if (current.apiRole !== member.apiRole)
    return { kind: 'role', member, current }
  return null
}

/** Raised before a write whose member changed since the table was loaded; nothing was sent. */
export class StaleMemberError extends Error {
  constructor(
    readonly change: StaleChange,
    readonly list: MemberList,
  ) {
    super(`Member ${change.member.id} changed since the table was loaded`)
    this.name = 'StaleMemberError'
  }
}

/** Raised before a write that the fresh read shows would leave no owner; nothing was sent. */
export class LastOwnerError extends Error {
  constructor(
    readonly member: Member,
    readonly list: MemberList,
  ) {
    super(`Member ${member.id} is now the only owner`)
    this.name = 'LastOwnerError'
  }
}

/** The list with one member's role replaced. */
export function withRole(
  list: MemberList,
  memberId: string,
  role: Role,
): MemberList {
  return {
    ...list,
    members: list.members.map((member) =>
      member.id === memberId ? { ...member, role, apiRole: role } : member,
    ),
  }
}

/** The list with one member put back as they were. */
export function withMember(list: MemberList, original: Member): MemberList {
  return {
    ...list,
    members: list.members.map((member) =>
      member.id === original.id ? original : member,
    ),
  }
}

export function withoutMember(list: MemberList, memberId: string): MemberList {
  const members = list.members.filter((member) => member.id !== memberId)
  const removed = list.members.length - members.length
  return { members, total: Math.max(members.length, list.total - removed) }
}

/**
 * Reads the members again (the API has no read of a single member) and
 * checks that the member is as the table showed them and that the
 * change keeps an owner. `role` null stands for a removal. Returns the
 * list read, which the cache takes once the write succeeds.
 */
export async function readBeforeWrite(
  organizationId: number,
  member: Member,
  role: Role | null,
): Promise<MemberList> {
  const list = await fetchMembers(organizationId)
  const stale = findStaleChange(list, member)
  if (stale) throw new StaleMemberError(stale, list)
  if (wouldLeaveNoOwner(list.members, member, role))
    throw new LastOwnerError(member, list)
  return list
}

/** A write to one member and the list it was checked against. */
export interface CheckedWrite {
  member: Member
  /** The new role, or null to remove the member. */
  role: Role | null
  /**
   * A fresh read the user has already seen and confirmed; the write then
   * goes out without reading again.
   */
  base?: MemberList | undefined
}

/**
 * Sends one checked write: at most one GET (skipped with a confirmed
 * `base`) and one PUT or DELETE. Returns the list the write was checked
 * against.
 */
export async function sendCheckedWrite(
  organizationId: number,
  { member, role, base }: CheckedWrite,
): Promise<MemberList> {
  const list = base ?? (await readBeforeWrite(organizationId, member, role))
  if (role === null) await removeMember(organizationId, member.id)
  else await saveMember(organizationId, { userId: member.id, role })
  return list
}
