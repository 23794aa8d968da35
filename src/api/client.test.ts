import { http, HttpResponse } from 'msw'
import * as z from 'zod/mini'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setupMockServer } from '../test/server'
import { ApiError } from './apiError'
import { configureClient, request } from './client'
import { DEFAULT_REQUEST_TIMEOUT_MS } from './requestTimeout'

const server = setupMockServer()
const URL = 'http://localhost:3000/api/v1/organizations'

function getOrganizations() {
  return request({
    endpoint: 'listOrganizations',
    method: 'GET',
    path: '/organizations',
    data: z.array(z.object({ id: z.number() })),
  })
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof ApiError))
    throw new Error(`Expected an ApiError, got ${String(error)}`)
  return error
}

const onUnauthorized = vi.fn()
configureClient({
  baseUrl: 'http://localhost:3000',
  getToken: () => 'secret-token',
  onUnauthorized,
})

afterEach(() => {
  onUnauthorized.mockClear()
  configureClient({ timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS })
})

describe('request', () => {
  it('returns data and total of a success', async () => {
    server.use(
      http.get(URL, () =>
        HttpResponse.json({
          error: 0,
          messages: [],
          data: [{ id: 1 }],
          total: 7,
        }),
      ),
    )

    const response = await getOrganizations()

    expect(response.data).toEqual([{ id: 1 }])
    expect(response.total).toBe(7)
  })

  it('sends the token only in the header', async () => {
    let seen: Request | undefined
    server.use(
      http.get(URL, ({ request: sent }) => {
        seen = sent
        return HttpResponse.json({ error: 0, messages: [], data: [] })
      }),
    )

    await getOrganizations()

    expect(seen?.headers.get('X-Aegister-Token')).toBe('secret-token')
    expect(seen?.url).not.toContain('secret-token')
  })

  const failures = [
    {
      name: 'HTTP 200 with error 1',
      response: () =>
        HttpResponse.json({
          error: 1,
          messages: ['Invalid data provided'],
          data: {},
        }),
      kind: 'envelope',
      status: 200,
      messages: ['Invalid data provided'],
    },
    {
      name: 'HTTP 401 with a numeric message',
      response: () =>
        HttpResponse.json({ error: 1, messages: [9153] }, { status: 401 }),
      kind: 'http',
      status: 401,
      messages: [9153],
    },
    {
      name: 'HTTP 400 with string messages',
      response: () =>
        HttpResponse.json(
          {
            error: 1,
            messages: [
              'Invalid data provided',
              'email: enter a valid email address',
            ],
          },
          { status: 400 },
        ),
      kind: 'http',
      status: 400,
      messages: ['Invalid data provided', 'email: enter a valid email address'],
    },
    {
      name: 'HTTP 404 with no messages',
      response: () =>
        HttpResponse.json({ error: 1, messages: [] }, { status: 404 }),
      kind: 'http',
      status: 404,
      messages: [],
    },
    {
      name: 'HTTP 500 with an empty body',
      response: () => new HttpResponse(null, { status: 500 }),
      kind: 'http',
      status: 500,
      messages: [],
    },
    {
      name: 'HTTP 502 with an HTML body',
      response: () =>
        new HttpResponse('<html><body>Bad gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      kind: 'http',
      status: 502,
      messages: [],
    },
    {
      name: 'HTTP 200 with error 0 but an error status',
      response: () =>
        HttpResponse.json(
          { error: 0, messages: [], data: [] },
          { status: 503 },
        ),
      kind: 'http',
      status: 503,
      messages: [],
    },
    {
      name: 'HTTP 200 with a body that is not JSON',
      response: () =>
        new HttpResponse('{"error":0,', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      kind: 'invalid-response',
      status: 200,
      messages: [],
    },
    {
      name: 'HTTP 200 with no error field',
      response: () => HttpResponse.json({ data: [] }),
      kind: 'invalid-response',
      status: 200,
      messages: [],
    },
    {
      name: 'HTTP 200 with data of the wrong shape',
      response: () =>
        HttpResponse.json({ error: 0, messages: [], data: 'not a list' }),
      kind: 'invalid-response',
      status: 200,
      messages: [],
    },
    {
      name: 'messages that are objects',
      response: () =>
        HttpResponse.json(
          { error: 1, messages: [{ field: 'role' }] },
          { status: 400 },
        ),
      kind: 'http',
      status: 400,
      messages: ['{"field":"role"}'],
    },
    {
      name: 'a network failure',
      response: () => HttpResponse.error(),
      kind: 'network',
      status: undefined,
      messages: [],
    },
  ]

  it.each(failures)(
    'throws on $name',
    async ({ response, kind, status, messages }) => {
      server.use(http.get(URL, response))

      const error = await failureOf(getOrganizations())

      expect(error.kind).toBe(kind)
      expect(error.status).toBe(status)
      expect(error.messages).toEqual(messages)
      expect(error.endpoint).toBe('listOrganizations')
      expect(error.method).toBe('GET')
      expect(error.path).toBe('/api/v1/organizations')
      expect(error.message).not.toContain('secret-token')
    },
  )

  it('signs out once on a 401', async () => {
    server.use(
      http.get(URL, () =>
        HttpResponse.json({ error: 1, messages: [9153] }, { status: 401 }),
      ),
    )

    await failureOf(getOrganizations())

    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('leaves the session alone on a 403', async () => {
    server.use(
      http.get(URL, () =>
        HttpResponse.json({ error: 1, messages: [] }, { status: 403 }),
      ),
    )

    await failureOf(getOrganizations())

    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('times out a slow answer', async () => {
    configureClient({ timeoutMs: 50 })
    server.use(
      http.get(URL, async () => {
        await new Promise((resolve) => setTimeout(resolve, 500))
        return HttpResponse.json({ error: 0, messages: [], data: [] })
      }),
    )

    const error = await failureOf(getOrganizations())

    expect(error.kind).toBe('timeout')
    expect(error.timeoutMs).toBe(50)
  })

  it('sends nothing without a token', async () => {
    configureClient({ getToken: () => null })
    let sent = 0
    server.use(
      http.get(URL, () => {
        sent++
        return HttpResponse.json({ error: 0, messages: [], data: [] })
      }),
    )

    const error = await failureOf(getOrganizations())
    configureClient({ getToken: () => 'secret-token' })

    expect(error.status).toBe(401)
    expect(sent).toBe(0)
    expect(onUnauthorized).not.toHaveBeenCalled()
  })
})
