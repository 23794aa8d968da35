import * as z from 'zod/mini'
import { ApiError, type ApiMessage, type EndpointName } from './apiError'
import { DEFAULT_REQUEST_TIMEOUT_MS } from './requestTimeout'

const API_PREFIX = '/api/v1'

interface ClientSettings {
  /** Origin and path prefix put before `/api/v1`; empty for the same origin. */
  baseUrl: string
  timeoutMs: number
  getToken: () => string | null
  /** Called once for each 401 response, unless the request opts out. */
  onUnauthorized: () => void
}

const settings: ClientSettings = {
  baseUrl: '',
  timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  getToken: () => null,
  onUnauthorized: () => {},
}

export function configureClient(changes: Partial<ClientSettings>): void {
  Object.assign(settings, changes)
}

export interface RequestOptions<T> {
  endpoint: EndpointName
  method: 'GET' | 'PUT' | 'POST' | 'DELETE'
  /** Path below `/api/v1`, starting with a slash. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  /** Schema of the envelope's `data`. */
  data: z.ZodMiniType<T>
  signal?: AbortSignal | undefined
  /** Token to send in place of the stored one, as the sign-in check does. */
  token?: string
  /** Leave a 401 to the caller instead of signing the user out. */
  keepSessionOn401?: boolean
}

export interface ApiResponse<T> {
  data: T
  /** The envelope's `total`, present on list endpoints. */
  total: number | undefined
}

const envelopeSchema = z.looseObject({
  error: z.number(),
  messages: z.optional(z.array(z.unknown())),
  data: z.optional(z.unknown()),
  total: z.optional(z.number()),
})

/**
 * Sends one request to the Aegister API and returns the envelope's data.
 * A response is a success only when the status is 2xx and `error` is 0;
 * anything else throws an `ApiError`. The token goes in the
 * `X-Aegister-Token` header and never in the URL.
 */
export async function request<T>(
  options: RequestOptions<T>,
): Promise<ApiResponse<T>> {
  const token = options.token ?? settings.getToken()
  const fail = errorFactory(options, token)
  // Every endpoint needs the token, so a request without one (a query that
  // starts as the panel signs out) is answered here as the API would, 401,
  // without reaching the network.
  if (!token) throw fail({ kind: 'http', status: 401, messages: [] })
  const response = await send(options, token, fail)
  const body = await readBody(response, fail)

  if (response.status === 401 && !options.keepSessionOn401) {
    settings.onUnauthorized()
  }
  if (!response.ok) {
    throw fail({
      kind: 'http',
      status: response.status,
      messages: messagesOf(body),
    })
  }

  const envelope = envelopeSchema.safeParse(body)
  if (!envelope.success) {
    throw fail({ kind: 'invalid-response', status: response.status })
  }
  if (envelope.data.error !== 0) {
    throw fail({
      kind: 'envelope',
      status: response.status,
      messages: messagesOf(body),
    })
  }

  const data = options.data.safeParse(envelope.data.data)
  if (!data.success) {
    throw fail({
      kind: 'invalid-response',
      status: response.status,
      cause: data.error,
    })
  }
  return { data: data.data, total: envelope.data.total }
}

type ErrorFactory = (
  details: Pick<
    ConstructorParameters<typeof ApiError>[0],
    'kind' | 'status' | 'messages' | 'cause' | 'timeoutMs'
  >,
) => ApiError

/** What takes the token's place in an API message that repeats it. */
export const REDACTED_TOKEN = '[token]'

function errorFactory(
  options: RequestOptions<unknown>,
  token: string | null,
): ErrorFactory {
  return (details) =>
    new ApiError({
      ...details,
      // A server or proxy that echoes the request back would put the token
      // into the error shown on screen and kept in the change log.
      messages: details.messages?.map((message) => redactToken(message, token)),
      endpoint: options.endpoint,
      method: options.method,
      path: API_PREFIX + options.path,
    })
}

function redactToken(message: ApiMessage, token: string | null): ApiMessage {
  if (!token || typeof message !== 'string') return message
  return message.split(token).join(REDACTED_TOKEN)
}

async function send(
  options: RequestOptions<unknown>,
  token: string | null,
  fail: ErrorFactory,
): Promise<Response> {
  const timeoutMs = settings.timeoutMs
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout])
    : timeout
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers['X-Aegister-Token'] = token
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'

  try {
    return await fetch(buildUrl(options), {
      method: options.method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
  } catch (error) {
    // A caller's own abort (a query cancelled on unmount) is not a failure
    // to report, so it is passed on unchanged.
    if (options.signal?.aborted) throw error
    if (timeout.aborted)
      throw fail({ kind: 'timeout', timeoutMs, cause: error })
    throw fail({ kind: 'network', cause: error })
  }
}

function buildUrl(options: RequestOptions<unknown>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) params.set(name, String(value))
  }
  const query = params.size > 0 ? `?${params.toString()}` : ''
  return `${settings.baseUrl}${API_PREFIX}${options.path}${query}`
}

async function readBody(
  response: Response,
  fail: ErrorFactory,
): Promise<unknown> {
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw fail({ kind: 'network', status: response.status, cause: error })
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    // An error status with a body that is not JSON (a proxy's HTML page)
    // is still reported by its status; only a 2xx must be JSON.
    if (!response.ok) return undefined
    throw fail({
      kind: 'invalid-response',
      status: response.status,
      cause: error,
    })
  }
}

/** Reads `messages` from a body of any shape, keeping strings and numbers. */
export function messagesOf(body: unknown): ApiMessage[] {
  if (typeof body !== 'object' || body === null || !('messages' in body))
    return []
  const { messages } = body
  if (!Array.isArray(messages)) return []
  return messages.map((message: unknown) =>
    typeof message === 'string' || typeof message === 'number'
      ? message
      : JSON.stringify(message),
  )
}
