import { http, HttpResponse } from 'msw'
import type { SetupServer } from 'msw/node'
import type { Member } from '../api/members'
import { TEST_ORIGIN } from './render'

/** A request the code under test sent to the members endpoints. */
export interface SentRequest {
  method: string
  /** The `userid` path segment; undefined for the list. */
  userId: string | undefined
  body: unknown
  token: string | null
}

/** A member as the API sends it. */
export function apiMember(member: Member) {
  return {
    id: member.id,
    username: member.username,
    email: member.email,
    first_name: member.firstName,
    last_name: member.lastName,
    role: member.apiRole,
  }
}

export function writeSucceeded(organizationId: number, userId: string) {
  return HttpResponse.json({
    error: 0,
    messages: [],
    data: { organization: organizationId, user: userId },
  })
}

interface MemberApiOptions {
  organizationId?: number
  /** The members the list returns, read at each request. */
  members?: () => Member[]
  /** The answer to a PUT or DELETE; success by default. */
  respond?: (userId: string) => Response | Promise<Response>
}

/**
 * Answers the list, PUT and DELETE of one organization's members and
 * records every request, in order.
 */
export function recordMemberRequests(
  server: SetupServer,
  {
    organizationId = 7,
    members = () => [],
    respond = (userId) => writeSucceeded(organizationId, userId),
  }: MemberApiOptions = {},
): SentRequest[] {
  const sent: SentRequest[] = []
  const base = `${TEST_ORIGIN}/api/v1/organizations/${organizationId}/users`
  const write = async ({
    request,
    params,
  }: {
    request: Request
    params: Record<string, string | readonly string[] | undefined>
  }) => {
    const userId = String(params.userId)
    const text = await request.text()
    sent.push({
      method: request.method,
      userId,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      token: request.headers.get('X-Aegister-Token'),
    })
    return respond(userId)
  }

  server.use(
    http.get(base, ({ request }) => {
      const data = members().map(apiMember)
      sent.push({
        method: 'GET',
        userId: undefined,
        body: undefined,
        token: request.headers.get('X-Aegister-Token'),
      })
      return HttpResponse.json({
        error: 0,
        messages: [],
        data,
        total: data.length,
      })
    }),
    http.put(`${base}/:userId`, write),
    http.delete(`${base}/:userId`, write),
  )
  return sent
}
