import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { request } from './client'
import { isRole, type Role } from './roles'

const text = z.catch(z.string(), '')

const memberSchema = z.pipe(
  z.object({
    id: z.union([z.string().check(z.minLength(1)), z.number()]),
    username: text,
    email: text,
    first_name: text,
    last_name: text,
    role: z.catch(z.nullable(z.string()), null),
  }),
  z.transform((member) => ({
    id: String(member.id),
    username: member.username,
    email: member.email,
    firstName: member.first_name,
    lastName: member.last_name,
    role: isRole(member.role) ? member.role : null,
    /** The role as the API sent it, kept to show what was not understood. */
    apiRole: member.role,
  })),
)

/**
 * A member as the panel uses it. `role` is null when the API sent a role
 * outside the three the panel recognizes, so such a value is never sent back.
 */
export type Member = z.infer<typeof memberSchema>

const memberListSchema = z.array(memberSchema)

export interface MemberList {
  members: Member[]
  /** The API's `total`; it can disagree with `members.length`. */
  total: number
}

/** The `userid` path value that invites a person instead of editing one. */
export const INVITE_USER_ID = '0'

export async function fetchMembers(
  organizationId: number,
  signal?: AbortSignal,
): Promise<MemberList> {
  const response = await request({
    endpoint: 'listMembers',
    method: 'GET',
    path: `/organizations/${organizationId}/users`,
    data: memberListSchema,
    signal,
  })
  const members = response.data
  return { members, total: response.total ?? members.length }
}

/** Body of PUT /organizations/{organizationid}/users/{userid}. */
export type MemberWrite =
  | { userId: string; role: Role }
  | { userId: typeof INVITE_USER_ID; role: Role; email: string }

const writeResultSchema = z.looseObject({
  organization: z.union([z.number(), z.string()]),
  user: z.union([z.string(), z.number()]),
})

export async function saveMember(
  organizationId: number,
  write: MemberWrite,
): Promise<{ user: string }> {
  const body =
    'email' in write
      ? { role: write.role, email: write.email }
      : { role: write.role }
  const response = await request({
    endpoint: 'saveMember',
    method: 'PUT',
    path: `/organizations/${organizationId}/users/${encodeURIComponent(write.userId)}`,
    body,
    data: writeResultSchema,
  })
  return { user: String(response.data.user) }
}

export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (organizationId: number) =>
    [...memberKeys.lists(), organizationId] as const,
}

export const memberQueries = {
  list: (organizationId: number) =>
    queryOptions({
      queryKey: memberKeys.list(organizationId),
      queryFn: ({ signal }) => fetchMembers(organizationId, signal),
    }),
}

export async function removeMember(
  organizationId: number,
  userId: string,
): Promise<void> {
  await request({
    endpoint: 'removeMember',
    method: 'DELETE',
    path: `/organizations/${organizationId}/users/${encodeURIComponent(userId)}`,
    data: writeResultSchema,
  })
}
