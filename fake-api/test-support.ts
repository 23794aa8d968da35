// Shared helpers for the stand-in tests: one server per test file, reached over real HTTP.

import { afterAll, beforeAll } from 'vitest'
import { DEMO_OWNER_TOKEN } from './seed-people.ts'
import {
  startStandIn,
  type RunningStandIn,
  type StartOptions,
} from './start.ts'

export interface ApiResult {
  status: number
  contentType: string | null
  headers: Headers
  text: string
  /** The parsed body, or undefined when it is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies of many shapes
  json: any
}

export interface RequestOptions {
  method?: string
  /** Value of the X-Aegister-Token header, or null for none. Default: the demo owner's token. */
  token?: string | null
  /** Request body. A string is sent as is, and any other value as JSON. */
  body?: unknown
  headers?: Record<string, string>
}

export interface StandInClient {
  readonly url: string
  readonly running: RunningStandIn
  request(path: string, options?: RequestOptions): Promise<ApiResult>
  reset(): Promise<void>
  addFault(fault: Record<string, unknown>): Promise<ApiResult>
}

/** Starts a stand-in on a free port for the current test file and stops it afterwards. */
export function useStandIn(options: StartOptions = {}): StandInClient {
  let running: RunningStandIn | undefined

  beforeAll(async () => {
    running = await startStandIn({ ...options, port: 0 })
  })
  afterAll(async () => {
    await running?.close()
  })

  function current(): RunningStandIn {
    if (running === undefined) {
      throw new Error(
        'The stand-in is not running; call request() inside a test',
      )
    }
    return running
  }

  const client: StandInClient = {
    get url() {
      return current().url
    },
    get running() {
      return current()
    },
    request: (path, requestOptions) =>
      sendRequest(current().url, path, requestOptions),
    async reset() {
      const result = await client.request('/__stand-in/reset', {
        method: 'POST',
      })
      if (result.status !== 200) {
        throw new Error(
          `Reset failed with HTTP ${result.status}: ${result.text}`,
        )
      }
    },
    addFault: (fault) =>
      client.request('/__stand-in/faults', { method: 'POST', body: fault }),
  }
  return client
}

export async function sendRequest(
  baseUrl: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult> {
  const headers: Record<string, string> = { ...options.headers }
  const token = options.token === undefined ? DEMO_OWNER_TOKEN : options.token
  if (token !== null) {
    headers['X-Aegister-Token'] = token
  }
  let body: string | undefined
  if (typeof options.body === 'string') {
    body = options.body
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['Content-Type'] ??= 'application/json'
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body,
  })
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    text,
    json: parseOrUndefined(text),
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
