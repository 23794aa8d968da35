import { beforeEach, describe, expect, it } from 'vitest'
import { ENDPOINTS, type Endpoint } from './contract.ts'
import { MAX_DELAY_MS, parseFaultSpec } from './faults.ts'
import { DEMO_TOKENS, DEMO_VIEWER } from './seed-people.ts'
import { SINGLE_OWNER_ORGANIZATION_ID } from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

const MEMBERS = `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users`

/** One valid request per endpoint: [method, path, body]. */
const REQUESTS: Record<Endpoint, [string, string, unknown]> = {
  listOrganizations: ['GET', '/api/v1/organizations', undefined],
  listMembers: ['GET', MEMBERS, undefined],
  addMember: [
    'POST',
    `${MEMBERS}/0`,
    { role: 'viewer', email: 'nuovo@example.org' },
  ],
  updateMember: ['PUT', `${MEMBERS}/${DEMO_VIEWER.id}`, { role: 'owner' }],
  removeMember: ['DELETE', `${MEMBERS}/${DEMO_VIEWER.id}`, undefined],
}

describe('fault registry', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  function call(endpoint: Endpoint, token?: string | null) {
    const [method, path, body] = REQUESTS[endpoint]
    return standIn.request(path, { method, body, token })
  }

  it.each([
    [{ kind: 'status', status: 500 }, 'endpoint: must be one of'],
    [{ endpoint: 'listUsers', kind: 'drop' }, 'endpoint: must be one of'],
    [{ endpoint: '*', kind: 'explode' }, 'kind: must be one of'],
    [{ endpoint: '*' }, 'kind: must be one of'],
    [
      { endpoint: '*', kind: 'status', status: 99 },
      'status: must be an HTTP status code',
    ],
    [
      { endpoint: '*', kind: 'status', status: '500' },
      'status: must be an HTTP status code',
    ],
    [
      { endpoint: '*', kind: 'status', status: 500, body: 5 },
      'body: must be a string',
    ],
    [
      { endpoint: '*', kind: 'status', status: 500, messages: 'x' },
      'messages: must be an array',
    ],
    [
      { endpoint: '*', kind: 'envelopeError', messages: [{}] },
      'messages: must be an array',
    ],
    [{ endpoint: '*', kind: 'delay' }, 'ms: must be a number'],
    [{ endpoint: '*', kind: 'delay', ms: -5 }, 'ms: must be a number'],
    [{ endpoint: '*', kind: 'drop', times: 0 }, 'times: must be an integer'],
    [{ endpoint: '*', kind: 'drop', times: 1.5 }, 'times: must be an integer'],
  ])('rejects %j', async (fault, message) => {
    const result = await standIn.addFault(fault)
    expect(result.status).toBe(400)
    expect(result.json.error).toBe(1)
    expect(result.json.messages.join('\n')).toContain(message)
  })

  it.each(['not json', '[]', 'null'])('rejects body %j', async (body) => {
    const result = await standIn.request('/__stand-in/faults', {
      method: 'POST',
      body,
    })
    expect(result.status).toBe(400)
  })

  it('returns 201 with increasing ids', async () => {
    const first = await standIn.addFault({
      endpoint: 'listMembers',
      kind: 'drop',
    })
    const second = await standIn.addFault({
      endpoint: 'listMembers',
      kind: 'drop',
    })
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.json.id).toBeGreaterThan(first.json.id)
  })

  it('caps delays at 60 s', () => {
    const parsed = parseFaultSpec({ endpoint: '*', kind: 'delay', ms: 600_000 })
    expect(parsed).toEqual({
      spec: {
        endpoint: '*',
        kind: 'delay',
        ms: MAX_DELAY_MS,
        times: undefined,
      },
    })
  })

  it.each(ENDPOINTS)(
    'status fault on %s sends the envelope',
    async (endpoint) => {
      await standIn.addFault({
        endpoint,
        kind: 'status',
        status: 500,
        messages: ['Boom', 7],
      })
      const result = await call(endpoint)
      expect(result.status).toBe(500)
      expect(result.contentType).toBe('application/json; charset=utf-8')
      expect(result.json).toEqual({ error: 1, messages: ['Boom', 7], data: {} })
    },
  )

  it.each([
    [400, []],
    [401, [9153]],
    [403, []],
    [404, []],
  ])('status %i fault without messages', async (status, messages) => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'status',
      status,
      messages,
    })
    const result = await call('listOrganizations')
    expect(result.status).toBe(status)
    expect(result.json).toEqual({ error: 1, messages, data: {} })
  })

  it.each([
    [500, '', undefined, 'text/plain; charset=utf-8'],
    [502, '<html><body>Bad Gateway</body></html>', 'text/html', 'text/html'],
    [503, '{"error":', 'application/json', 'application/json'],
  ])(
    'status %i with raw body',
    async (status, body, contentType, expectedType) => {
      await standIn.addFault({
        endpoint: 'listMembers',
        kind: 'status',
        status,
        body,
        contentType,
      })
      const result = await call('listMembers')
      expect(result.status).toBe(status)
      expect(result.text).toBe(body)
      expect(result.contentType).toBe(expectedType)
    },
  )

  it.each(ENDPOINTS)('envelopeError on %s is HTTP 200', async (endpoint) => {
    await standIn.addFault({
      endpoint,
      kind: 'envelopeError',
      messages: ['Quota exceeded'],
    })
    const result = await call(endpoint)
    expect(result.status).toBe(200)
    expect(result.json).toEqual({
      error: 1,
      messages: ['Quota exceeded'],
      data: {},
    })
  })

  it('delay waits, then responds normally', async () => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'delay',
      ms: 300,
      times: 1,
    })
    const startedAt = performance.now()
    const result = await call('listOrganizations')
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290)
    expect(result.status).toBe(200)
    expect(result.json.error).toBe(0)
  })

  it('delay still checks the token', async () => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'delay',
      ms: 10,
    })
    const result = await call('listOrganizations', null)
    expect(result.status).toBe(401)
  })

  it.each(ENDPOINTS)('drop on %s closes the connection', async (endpoint) => {
    await standIn.addFault({ endpoint, kind: 'drop' })
    await expect(call(endpoint)).rejects.toThrow()
  })

  it.each(ENDPOINTS)('notJson on %s is not JSON', async (endpoint) => {
    await standIn.addFault({ endpoint, kind: 'notJson' })
    const result = await call(endpoint)
    expect(result.status).toBe(200)
    expect(result.contentType).toBe('application/json; charset=utf-8')
    expect(result.text.length).toBeGreaterThan(0)
    expect(result.json).toBeUndefined()
  })

  it.each(ENDPOINTS)('wrongShape on %s breaks the schema', async (endpoint) => {
    await standIn.addFault({ endpoint, kind: 'wrongShape' })
    const result = await call(endpoint)
    expect(result.status).toBe(200)
    expect(result.json.error).toBe(0)
    if (endpoint === 'listMembers') {
      expect(result.json.data[0]).not.toHaveProperty('id')
    } else {
      expect(typeof result.json.data).toBe('string')
    }
  })

  it('applies before authentication', async () => {
    await standIn.addFault({
      endpoint: 'listMembers',
      kind: 'status',
      status: 502,
      body: 'gateway',
    })
    const result = await call('listMembers', null)
    expect(result.status).toBe(502)
  })

  it('matches only its endpoint', async () => {
    await standIn.addFault({
      endpoint: 'listMembers',
      kind: 'status',
      status: 500,
    })
    expect((await call('listOrganizations')).status).toBe(200)
    expect((await call('listMembers')).status).toBe(500)
  })

  it('does not apply to unknown paths', async () => {
    await standIn.addFault({ endpoint: '*', kind: 'status', status: 500 })
    const result = await standIn.request('/api/v1/unknown')
    expect(result.status).toBe(404)
  })

  it.each(ENDPOINTS)('* matches %s', async (endpoint) => {
    await standIn.addFault({ endpoint: '*', kind: 'status', status: 503 })
    expect((await call(endpoint)).status).toBe(503)
  })

  it('times limits the matching requests', async () => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'status',
      status: 500,
      times: 2,
    })
    expect((await call('listMembers')).status).toBe(200)
    expect((await call('listOrganizations')).status).toBe(500)
    expect((await call('listOrganizations')).status).toBe(500)
    expect((await call('listOrganizations')).status).toBe(200)
  })

  it('without times it lasts until cleared', async () => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'status',
      status: 500,
    })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await call('listOrganizations')).status).toBe(500)
    }
    const cleared = await standIn.request('/__stand-in/faults', {
      method: 'DELETE',
    })
    expect(cleared.status).toBe(200)
    expect(cleared.json).toEqual({ cleared: 1 })
    expect((await call('listOrganizations')).status).toBe(200)
  })

  it('oldest matching fault applies first', async () => {
    await standIn.addFault({
      endpoint: '*',
      kind: 'status',
      status: 500,
      times: 1,
    })
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'status',
      status: 502,
      times: 1,
    })
    expect((await call('listOrganizations')).status).toBe(500)
    expect((await call('listOrganizations')).status).toBe(502)
    expect((await call('listOrganizations')).status).toBe(200)
  })

  it('reset clears faults and restores data', async () => {
    await standIn.addFault({
      endpoint: 'listOrganizations',
      kind: 'status',
      status: 500,
    })
    const removed = await call('removeMember')
    expect(removed.status).toBe(200)
    await standIn.reset()
    expect((await call('listOrganizations')).status).toBe(200)
    const members = await call('listMembers')
    expect(
      members.json.data.map((member: { id: string }) => member.id),
    ).toContain(DEMO_VIEWER.id)
  })
})

describe('control routes', () => {
  const standIn = useStandIn()

  it('info lists the demo tokens', async () => {
    const result = await standIn.request('/__stand-in/info', { token: null })
    expect(result.status).toBe(200)
    expect(result.contentType).toBe('application/json; charset=utf-8')
    expect(result.json).toEqual({ standIn: true, demoTokens: DEMO_TOKENS })
    for (const item of result.json.demoTokens) {
      expect(Object.keys(item).sort()).toEqual(['description', 'token'])
    }
  })

  it.each([
    ['GET', '/__stand-in', 404],
    ['GET', '/__stand-in/requests', 404],
    ['GET', '/__stand-in/faults', 405],
    ['GET', '/__stand-in/reset', 405],
    ['POST', '/__stand-in/info', 405],
  ])('%s %s is %i', async (method, path, status) => {
    const result = await standIn.request(path, { method })
    expect(result.status).toBe(status)
    expect(result.json.error).toBe(1)
  })
})
