// Handlers of the five API operations, called after routing, faults and authentication.

import {
  isRole,
  isValidEmail,
  MESSAGES,
  type Envelope,
  type MemberWriteResult,
  type Role,
} from './contract.ts'
import type { JsonResponse } from './http.ts'
import type { ApiRoute } from './routes.ts'
import { parseOrganizationQuery } from './organization-query.ts'
import type { Store } from './store.ts'

/** Marks a request body that is not valid JSON or could not be read. */
export const INVALID_BODY = Symbol('invalid body')
export type BodyReader = () => Promise<unknown>

const POSITIVE_INTEGER = /^[1-9][0-9]*$/

export function envelope(
  status: number,
  data: unknown,
  messages: Envelope['messages'] = [],
): JsonResponse {
  return { status, body: { error: status === 200 ? 0 : 1, messages, data } }
}

export const NOT_FOUND = envelope(404, {}, [])
const FORBIDDEN = envelope(403, {}, [MESSAGES.ownerRequired])
const LAST_OWNER = envelope(400, {}, [MESSAGES.lastOwner])

function invalid(...details: string[]): JsonResponse {
  return envelope(400, {}, [MESSAGES.invalidData, ...details])
}

/** Handles an authenticated request for `route`. `callerId` is the person that the token belongs to. */
export async function handleApiRoute(
  store: Store,
  route: ApiRoute,
  callerId: string,
  searchParams: URLSearchParams,
  readBody: BodyReader,
): Promise<JsonResponse> {
  switch (route.endpoint) {
    case 'listOrganizations':
      return listOrganizations(store, callerId, searchParams)
    case 'listMembers':
      return listMembers(store, callerId, route.organizationId)
    case 'addMember':
    case 'updateMember':
      return writeMember(
        store,
        callerId,
        route.organizationId,
        normalizeId(route.userId),
        readBody,
      )
    case 'removeMember':
      return removeMember(
        store,
        callerId,
        route.organizationId,
        normalizeId(route.userId),
      )
  }
}

/** Lowercases a member id, because UUIDs compare case-insensitively and the store keeps them lowercase. */
function normalizeId(userId: string): string {
  return userId.toLowerCase()
}

function listOrganizations(
  store: Store,
  callerId: string,
  searchParams: URLSearchParams,
): JsonResponse {
  const parsed = parseOrganizationQuery(searchParams)
  if ('errors' in parsed) {
    return invalid(...parsed.errors)
  }
  const { items, total } = store.listOrganizations(callerId, parsed.query)
  return { status: 200, body: { error: 0, messages: [], data: items, total } }
}

function parseOrganizationId(value: string): number | undefined {
  const id = Number(value)
  return POSITIVE_INTEGER.test(value) && Number.isSafeInteger(id)
    ? id
    : undefined
}

function listMembers(
  store: Store,
  callerId: string,
  organizationIdText: string,
): JsonResponse {
  const organizationId = parseOrganizationId(organizationIdText)
  if (
    organizationId === undefined ||
    store.roleOf(organizationId, callerId) === undefined
  ) {
    return NOT_FOUND
  }
  const members = store.listMembers(organizationId)
  return {
    status: 200,
    body: { error: 0, messages: [], data: members, total: members.length },
  }
}

/** Returns the organization id when the caller owns it, or the 404 or 403 response. */
function authorizeChange(
  store: Store,
  callerId: string,
  organizationIdText: string,
): number | JsonResponse {
  const organizationId = parseOrganizationId(organizationIdText)
  if (organizationId === undefined) {
    return NOT_FOUND
  }
  const role = store.roleOf(organizationId, callerId)
  if (role === undefined) {
    return NOT_FOUND
  }
  return role === 'owner' ? organizationId : FORBIDDEN
}

function written(organization: number, user: string): JsonResponse {
  const data: MemberWriteResult = { organization, user }
  return envelope(200, data)
}

async function writeMember(
  store: Store,
  callerId: string,
  organizationIdText: string,
  userId: string,
  readBody: BodyReader,
): Promise<JsonResponse> {
  const organizationId = authorizeChange(store, callerId, organizationIdText)
  if (typeof organizationId !== 'number') {
    return organizationId
  }

  const body = await readBody()
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid()
  }
  const { role, email } = body as Record<string, unknown>
  if (!isRole(role)) {
    return invalid(MESSAGES.invalidRole)
  }

  if (userId !== '0') {
    // The email of an existing member cannot change, so any email in the body is ignored.
    return changeRole(store, organizationId, userId, role)
  }
  return inviteMember(store, organizationId, email, role)
}

/** Checks the email of an invitation (userid 0) and adds the person to the organization. */
function inviteMember(
  store: Store,
  organizationId: number,
  email: unknown,
  role: Role,
): JsonResponse {
  const trimmedEmail = typeof email === 'string' ? email.trim() : email
  if (
    trimmedEmail === undefined ||
    trimmedEmail === null ||
    trimmedEmail === ''
  ) {
    return invalid(MESSAGES.emailRequired)
  }
  if (typeof trimmedEmail !== 'string' || !isValidEmail(trimmedEmail)) {
    return invalid(MESSAGES.emailInvalid)
  }

  const result = store.inviteMember(organizationId, trimmedEmail, role)
  if (result.status === 'duplicate') {
    return invalid(MESSAGES.emailTaken)
  }
  return written(organizationId, result.user)
}

function changeRole(
  store: Store,
  organizationId: number,
  userId: string,
  role: Role,
): JsonResponse {
  const result = store.changeRole(organizationId, userId, role)
  if (result === 'notFound') {
    return NOT_FOUND
  }
  return result === 'lastOwner' ? LAST_OWNER : written(organizationId, userId)
}

function removeMember(
  store: Store,
  callerId: string,
  organizationIdText: string,
  userId: string,
): JsonResponse {
  const organizationId = authorizeChange(store, callerId, organizationIdText)
  if (typeof organizationId !== 'number') {
    return organizationId
  }
  const result = store.removeMember(organizationId, userId)
  if (result === 'notFound') {
    return NOT_FOUND
  }
  return result === 'lastOwner' ? LAST_OWNER : written(organizationId, userId)
}
