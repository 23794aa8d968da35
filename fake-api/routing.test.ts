import { describe, expect, it } from 'vitest'
import { MESSAGES } from './contract.ts'
import { DEMO_OWNER_TOKEN, DEMO_VIEWER_TOKEN } from './seed-people.ts'
import {
  LARGE_ORGANIZATION_ID,
  SINGLE_OWNER_ORGANIZATION_ID,
} from './seed-organizations.ts'
import { startStandIn } from './start.ts'
import { sendRequest, useStandIn } from './test-support.ts'

const MEMBER_PATH = `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users`

/** [method, path, body] of one request per endpoint. */
const ENDPOINT_REQUESTS: Array<[string, string, unknown]> = [
  ['GET', '/api/v1/organizations', undefined],
  ['GET', MEMBER_PATH, undefined],
  ['POST', `${MEMBER_PATH}/0`, { role: 'viewer', email: 'x@example.it' }],
  ['PUT', `${MEMBER_PATH}/0`, { role: 'viewer', email: 'x@example.it' }],
  ['DELETE', `${MEMBER_PATH}/a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d`, undefined],
]

const UNAUTHENTICATED = {
  error: 1,
  messages: [MESSAGES.notAuthenticated],
  data: {},
}

describe('authentication', () => {
  const standIn = useStandIn()

  it.each(ENDPOINT_REQUESTS)(
    '%s %s without token is 401',
    async (method, path, body) => {
      const result = await standIn.request(path, { method, body, token: null })
      expect(result.status).toBe(401)
      expect(result.json).toEqual(UNAUTHENTICATED)
    },
  )

  it.each(ENDPOINT_REQUESTS)(
    '%s %s with unknown token is 401',
    async (method, path, body) => {
      const result = await standIn.request(path, {
        method,
        body,
        token: 'not-a-token',
      })
      expect(result.status).toBe(401)
      expect(result.json).toEqual(UNAUTHENTICATED)
    },
  )

  it('empty token header is 401', async () => {
    const result = await standIn.request('/api/v1/organizations', { token: '' })
    expect(result.status).toBe(401)
    expect(result.json).toEqual(UNAUTHENTICATED)
  })

  it('token in query parameter is accepted', async () => {
    const result = await standIn.request(
      `/api/v1/organizations?X-Aegister-Token=${DEMO_VIEWER_TOKEN}`,
      { token: null },
    )
    expect(result.status).toBe(200)
    expect(result.json.error).toBe(0)
  })

  it('header token takes precedence over query', async () => {
    const headerWins = await standIn.request(
      `/api/v1/organizations?X-Aegister-Token=wrong`,
      { token: DEMO_OWNER_TOKEN },
    )
    expect(headerWins.status).toBe(200)
    const headerWrong = await standIn.request(
      `/api/v1/organizations?X-Aegister-Token=${DEMO_OWNER_TOKEN}`,
      { token: 'wrong' },
    )
    expect(headerWrong.status).toBe(401)
  })
})

describe('routing', () => {
  const standIn = useStandIn()

  it.each([
    '/',
    '/index.html',
    '/api',
    '/api/v2/organizations',
    '/api/v1',
    '/api/v1/unknown',
    '/api/v1/organizations/',
    `/api/v1/organizations/${LARGE_ORGANIZATION_ID}`,
    `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/members`,
    `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/users/x/y`,
    '/api/v1/organizations/%E0%A4%A/users',
  ])('GET %s is 404 envelope', async (path) => {
    const result = await standIn.request(path)
    expect(result.status).toBe(404)
    expect(result.contentType).toBe('application/json; charset=utf-8')
    expect(result.json).toEqual({ error: 1, messages: [], data: {} })
  })

  it.each([
    ['POST', '/api/v1/organizations', 'GET'],
    ['DELETE', '/api/v1/organizations', 'GET'],
    ['PUT', MEMBER_PATH, 'GET'],
    ['POST', MEMBER_PATH, 'GET'],
    ['GET', `${MEMBER_PATH}/0`, 'POST, PUT, DELETE'],
    ['PATCH', `${MEMBER_PATH}/0`, 'POST, PUT, DELETE'],
  ])('%s %s is 405', async (method, path, allow) => {
    const result = await standIn.request(path, { method })
    expect(result.status).toBe(405)
    expect(result.headers.get('allow')).toBe(allow)
    expect(result.json).toEqual({ error: 1, messages: [], data: {} })
  })

  it.each(ENDPOINT_REQUESTS)(
    '%s %s sends JSON content type',
    async (method, path, body) => {
      await standIn.reset()
      const result = await standIn.request(path, { method, body })
      expect(result.status).toBe(200)
      expect(result.contentType).toBe('application/json; charset=utf-8')
      expect(result.json.error).toBe(0)
      expect(result.json.messages).toEqual([])
    },
  )
})

describe('request log', () => {
  it('never contains a token', async () => {
    const lines: string[] = []
    const running = await startStandIn({
      logger: {
        debug: (line) => lines.push(line),
        error: (line) => lines.push(line),
      },
    })
    try {
      await sendRequest(running.url, '/api/v1/organizations', {
        token: DEMO_OWNER_TOKEN,
      })
      await sendRequest(
        running.url,
        `/api/v1/organizations?limit=2&X-Aegister-Token=${DEMO_VIEWER_TOKEN}`,
        { token: null },
      )
      await sendRequest(running.url, '/api/v1/organizations', {
        token: 'secret-typo-token',
      })
    } finally {
      await running.close()
    }
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('limit=2')
    expect(lines[1]).toContain('X-Aegister-Token=REDACTED')
    for (const token of [
      DEMO_OWNER_TOKEN,
      DEMO_VIEWER_TOKEN,
      'secret-typo-token',
    ]) {
      expect(lines.join('\n')).not.toContain(token)
    }
  })
})
