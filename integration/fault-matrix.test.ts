// Every panel call to the API against every fault the stand-in can inject, over real HTTP:
// the error the client throws, the words the user reads, no token anywhere, and recovery
// once the fault is gone. A new endpoint or fault is one row of ENDPOINTS or FAULTS.
// POST /organizations/{id}/users/{userid} (addMember) has no row: the panel never sends it.

import { inspect } from 'node:util'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEMO_OWNER_TOKEN, DEMO_VIEWER } from '../fake-api/seed-people.ts'
import { ApiError, type ApiErrorKind } from '../src/api/apiError.ts'
import { REDACTED_TOKEN } from '../src/api/client.ts'
import { describeError, describeMessage } from '../src/api/describeError.ts'
import { fetchMembers, removeMember, saveMember } from '../src/api/members.ts'
import { fetchOrganizationPage } from '../src/api/organizations.ts'
import { i18n } from '../src/app/i18n.ts'
import { errorText } from '../src/components/errorText.ts'
import { TEST_TIMEOUT_MS, usePanelStandIn } from './panelStandIn.ts'

const ORGANIZATION = 1002

interface EndpointRow {
  name: string
  /** The stand-in's name of the endpoint, which its faults are registered for. */
  standIn: string
  write: boolean
  call: () => Promise<unknown>
}

const ENDPOINTS: EndpointRow[] = [
  {
    name: 'GET organizations',
    standIn: 'listOrganizations',
    write: false,
    call: () => fetchOrganizationPage({ limit: 100, offset: 0 }),
  },
  {
    name: 'GET members',
    standIn: 'listMembers',
    write: false,
    call: () => fetchMembers(ORGANIZATION),
  },
  {
    name: 'PUT member (edit)',
    standIn: 'updateMember',
    write: true,
    call: () =>
      saveMember(ORGANIZATION, { userId: DEMO_VIEWER.id, role: 'owner' }),
  },
  {
    name: 'PUT member (invite)',
    standIn: 'updateMember',
    write: true,
    call: () =>
      saveMember(ORGANIZATION, {
        userId: '0',
        role: 'viewer',
        email: 'new.person@example.org',
      }),
  },
  {
    name: 'DELETE member',
    standIn: 'removeMember',
    write: true,
    call: () => removeMember(ORGANIZATION, DEMO_VIEWER.id),
  },
]

interface FaultRow {
  name: string
  fault: Record<string, unknown>
  kind: ApiErrorKind
  status: number | undefined
  messages: Array<string | number>
  /** Translation key of the summary, for reads and for writes. */
  key: { read: string; write: string }
  /** Text the user reads, in the summary or the details. */
  shown: RegExp
}

const FAULTS: FaultRow[] = [
  {
    name: '400 with string messages',
    fault: {
      kind: 'status',
      status: 400,
      messages: ['Invalid data provided', 'role: must be one of viewer'],
    },
    kind: 'http',
    status: 400,
    messages: ['Invalid data provided', 'role: must be one of viewer'],
    key: { read: 'errors.badRequestRead', write: 'errors.badRequest' },
    shown: /rejected the .*Invalid data provided; role: must be one of viewer/,
  },
  {
    name: '401 with a numeric message',
    fault: { kind: 'status', status: 401, messages: [9153] },
    kind: 'http',
    status: 401,
    messages: [9153],
    key: { read: 'errors.unauthorized', write: 'errors.unauthorized' },
    shown: /token was rejected.*Details: the API token was rejected/,
  },
  {
    name: '403',
    fault: { kind: 'status', status: 403, messages: [] },
    kind: 'http',
    status: 403,
    messages: [],
    key: { read: 'errors.forbiddenRead', write: 'errors.forbidden' },
    shown: /not allowed to (see|do) this/,
  },
  {
    name: '404',
    fault: { kind: 'status', status: 404, messages: [] },
    kind: 'http',
    status: 404,
    messages: [],
    key: { read: 'errors.notFound', write: 'errors.notFound' },
    shown: /Not found.*Go back to your organizations/,
  },
  {
    name: '500 with an empty body',
    fault: { kind: 'status', status: 500, body: '' },
    kind: 'http',
    status: 500,
    messages: [],
    key: { read: 'errors.server', write: 'errors.server' },
    shown: /failed \(HTTP 500\)\. Try again in a moment/,
  },
  {
    name: '502 with an HTML body',
    fault: {
      kind: 'status',
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      contentType: 'text/html',
    },
    kind: 'http',
    status: 502,
    messages: [],
    key: { read: 'errors.server', write: 'errors.server' },
    shown: /failed \(HTTP 502\)/,
  },
  {
    name: '200 with error 1',
    fault: { kind: 'envelopeError', messages: ['Quota exceeded', 4711] },
    kind: 'envelope',
    status: 200,
    messages: ['Quota exceeded', 4711],
    key: { read: 'errors.envelope', write: 'errors.envelope' },
    shown: /reported an error.*Quota exceeded; error code 4711/,
  },
  {
    name: 'a delay beyond the timeout',
    fault: { kind: 'delay', ms: TEST_TIMEOUT_MS * 5 },
    kind: 'timeout',
    status: undefined,
    messages: [],
    key: { read: 'errors.timeout', write: 'errors.timeoutWrite' },
    shown: /did not answer within the time limit of 1 s/,
  },
  {
    name: 'a dropped connection',
    fault: { kind: 'drop' },
    kind: 'network',
    status: undefined,
    messages: [],
    key: { read: 'errors.network', write: 'errors.networkWrite' },
    shown: /Could not reach the Aegister API/,
  },
  {
    name: 'a body that is not JSON',
    fault: { kind: 'notJson' },
    kind: 'invalid-response',
    status: 200,
    messages: [],
    key: { read: 'errors.invalidResponse', write: 'errors.invalidResponse' },
    shown: /does not understand, for (the list of|saving|removing)/,
  },
  {
    name: 'JSON of the wrong shape',
    fault: { kind: 'wrongShape' },
    kind: 'invalid-response',
    status: 200,
    messages: [],
    key: { read: 'errors.invalidResponse', write: 'errors.invalidResponse' },
    shown: /does not understand, for (the list of|saving|removing)/,
  },
]

const MATRIX = ENDPOINTS.flatMap((endpoint) =>
  FAULTS.map((fault) => ({ endpoint, fault })),
)

const onUnauthorized = vi.fn()
const { addFault } = usePanelStandIn(onUnauthorized)

beforeEach(() => {
  onUnauthorized.mockClear()
})

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof ApiError))
    throw new Error(`Expected an ApiError, got ${inspect(error)}`)
  return error
}

describe('fault matrix of the API client', () => {
  it('covers every endpoint and fault', () => {
    expect(MATRIX).toHaveLength(ENDPOINTS.length * FAULTS.length)
  })

  it.each(MATRIX)(
    '$endpoint.name with $fault.name',
    async ({ endpoint, fault }) => {
      await addFault({ ...fault.fault, endpoint: endpoint.standIn, times: 1 })

      const error = await failureOf(endpoint.call())

      expect(error.kind).toBe(fault.kind)
      expect(error.status).toBe(fault.status)
      expect(error.messages).toEqual(fault.messages)
      expect(describeError(error).key).toBe(
        endpoint.write ? fault.key.write : fault.key.read,
      )
      const { summary, details } = errorText(i18n.t, error)
      const shown = `${summary} ${i18n.t('errors.details', { details })}`
      expect(shown).toMatch(fault.shown)
      expect(shown).not.toMatch(/\{\{|\$t\(|endpoints\.|undefined|\[object/)
      expect(inspect(error, { depth: 8 })).not.toContain(DEMO_OWNER_TOKEN)
      expect(onUnauthorized).toHaveBeenCalledTimes(fault.status === 401 ? 1 : 0)

      // The fault applied once, so the same call now succeeds.
      await endpoint.call()
    },
  )
})

describe('API messages that repeat the token', () => {
  it.each(ENDPOINTS)('$name redacts it', async ({ standIn, call }) => {
    await addFault({
      endpoint: standIn,
      kind: 'status',
      status: 400,
      messages: [`token ${DEMO_OWNER_TOKEN} is not valid here`],
      times: 1,
    })

    const error = await failureOf(call())

    expect(error.messages).toEqual([
      `token ${REDACTED_TOKEN} is not valid here`,
    ])
    expect(inspect(error, { depth: 8 })).not.toContain(DEMO_OWNER_TOKEN)
    expect(errorText(i18n.t, error).details).not.toContain(DEMO_OWNER_TOKEN)
  })
})

describe('numeric message codes', () => {
  it.each([
    [9153, 'the API token was rejected'],
    [4711, 'error code 4711'],
    [0, 'error code 0'],
  ])('%i reads as "%s"', (code, text) => {
    const description = describeMessage(code)
    expect(
      'key' in description && i18n.t(description.key, description.values ?? {}),
    ).toBe(text)
  })
})
