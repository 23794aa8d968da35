// The panel's retry policy, counted at the stand-in over real HTTP: queries retry network
// failures, timeouts and 5xx twice; 4xx and unreadable answers are never retried; writes,
// invitations included, are sent exactly once whatever the fault.

import { MutationObserver, type QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { DEMO_VIEWER } from '../fake-api/seed-people.ts'
import {
  memberQueries,
  saveMember,
  type MemberWrite,
} from '../src/api/members.ts'
import { organizationQueries } from '../src/api/organizations.ts'
import { createQueryClient, queryRetryDelay } from '../src/app/queryClient.ts'
import { usePanelStandIn } from './panelStandIn.ts'

const ORGANIZATION = 1002
const { received, addFault } = usePanelStandIn(() => {})

/**
 * The panel's query client with its retry rule as built, but no wait
 * between tries, so a case takes milliseconds; the waits themselves are
 * checked on their own below.
 */
function queryClientWithoutWaits(): QueryClient {
  const client = createQueryClient()
  const defaults = client.getDefaultOptions()
  client.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retryDelay: 0 },
  })
  return client
}

/** Waits until the log has the request of a call that already settled. */
async function settledCount(path: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 20))
  return received.filter((line) => line.endsWith(path)).length
}

const FAULTS = [
  { name: 'a dropped connection', fault: { kind: 'drop' }, retried: true },
  { name: 'a timeout', fault: { kind: 'delay', ms: 900 }, retried: true },
  { name: 'HTTP 500', fault: { kind: 'status', status: 500 }, retried: true },
  {
    name: 'HTTP 502',
    fault: { kind: 'status', status: 502, body: '<html></html>' },
    retried: true,
  },
  { name: 'HTTP 503', fault: { kind: 'status', status: 503 }, retried: true },
  { name: 'HTTP 400', fault: { kind: 'status', status: 400 }, retried: false },
  {
    name: 'HTTP 401',
    fault: { kind: 'status', status: 401, messages: [9153] },
    retried: false,
  },
  { name: 'HTTP 403', fault: { kind: 'status', status: 403 }, retried: false },
  { name: 'HTTP 404', fault: { kind: 'status', status: 404 }, retried: false },
  {
    name: 'HTTP 200 with error 1',
    fault: { kind: 'envelopeError', messages: ['x'] },
    retried: false,
  },
  { name: 'a body not JSON', fault: { kind: 'notJson' }, retried: false },
  { name: 'a wrong shape', fault: { kind: 'wrongShape' }, retried: false },
]

const QUERIES = [
  {
    name: 'organizations',
    standIn: 'listOrganizations',
    path: '/api/v1/organizations?limit=100&offset=0&order=name',
    fetch: (client: QueryClient) =>
      client.fetchQuery(organizationQueries.list()),
  },
  {
    name: 'members',
    standIn: 'listMembers',
    path: `/api/v1/organizations/${ORGANIZATION}/users`,
    fetch: (client: QueryClient) =>
      client.fetchQuery(memberQueries.list(ORGANIZATION)),
  },
]

describe('query retries', () => {
  const cases = QUERIES.flatMap((query) =>
    FAULTS.map((fault) => ({ query, ...fault })),
  )

  it.each(cases)(
    '$query.name with $name: retried $retried',
    async ({ query, fault, retried }) => {
      await addFault({ ...fault, endpoint: query.standIn })
      const client = queryClientWithoutWaits()

      await expect(query.fetch(client)).rejects.toThrow()

      expect(await settledCount(query.path)).toBe(retried ? 3 : 1)
    },
  )

  it('succeeds on the retry after a passing fault', async () => {
    await addFault({
      kind: 'status',
      status: 503,
      endpoint: 'listMembers',
      times: 2,
    })
    const client = queryClientWithoutWaits()

    const list = await client.fetchQuery(memberQueries.list(ORGANIZATION))

    expect(list.members.length).toBeGreaterThan(0)
    expect(await settledCount(QUERIES[1]?.path ?? '')).toBe(3)
  })

  it('waits longer before each retry', () => {
    expect([0, 1, 2, 3, 4].map(queryRetryDelay)).toEqual([
      500, 1000, 2000, 4000, 4000,
    ])
  })
})

describe('writes are sent once', () => {
  const writes: Array<{ name: string; write: MemberWrite; path: string }> = [
    {
      name: 'an edit',
      write: { userId: DEMO_VIEWER.id, role: 'owner' },
      path: `/api/v1/organizations/${ORGANIZATION}/users/${DEMO_VIEWER.id}`,
    },
    {
      name: 'an invite',
      write: { userId: '0', role: 'viewer', email: 'new.person@example.org' },
      path: `/api/v1/organizations/${ORGANIZATION}/users/0`,
    },
  ]
  const cases = writes.flatMap((write) =>
    FAULTS.map((fault) => ({
      ...write,
      fault: fault.fault,
      faultName: fault.name,
    })),
  )

  it.each(cases)('$name with $faultName', async ({ write, path, fault }) => {
    await addFault({ ...fault, endpoint: 'updateMember' })
    const observer = new MutationObserver(createQueryClient(), {
      mutationFn: (variables: MemberWrite) =>
        saveMember(ORGANIZATION, variables),
    })

    await expect(observer.mutate(write)).rejects.toThrow()

    expect(await settledCount(path)).toBe(1)
  })
})
