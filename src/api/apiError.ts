/** Names of the endpoints the panel calls, used in error reports. */
export type EndpointName =
  'listOrganizations' | 'listMembers' | 'saveMember' | 'removeMember'

/**
 * How a request failed:
 * - `http`: the API returned a status outside 2xx.
 * - `envelope`: a 2xx answer whose envelope has a non-zero `error`.
 * - `invalid-response`: the body is not JSON or not of the expected shape.
 * - `network`: no answer at all (refused, dropped, offline).
 * - `timeout`: no answer within the client's time limit.
 */
export type ApiErrorKind =
  'http' | 'envelope' | 'invalid-response' | 'network' | 'timeout'

export type ApiMessage = string | number

interface ApiErrorDetails {
  kind: ApiErrorKind
  endpoint: EndpointName
  method: string
  path: string
  status?: number | undefined
  messages?: ApiMessage[]
  timeoutMs?: number
  cause?: unknown
}

/**
 * The one error type every request throws. It carries what a message to
 * the user needs, and never the token: `path` is the request path without
 * its query string.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly endpoint: EndpointName
  readonly method: string
  readonly path: string
  readonly status: number | undefined
  readonly messages: ApiMessage[]
  readonly timeoutMs: number | undefined

  constructor(details: ApiErrorDetails) {
    super(summarize(details), { cause: details.cause })
    this.name = 'ApiError'
    this.kind = details.kind
    this.endpoint = details.endpoint
    this.method = details.method
    this.path = details.path
    this.status = details.status
    this.messages = details.messages ?? []
    this.timeoutMs = details.timeoutMs
  }

  /** Checks whether any message is the given numeric code or exact text. */
  hasMessage(message: ApiMessage): boolean {
    return this.messages.includes(message)
  }
}

function summarize(details: ApiErrorDetails): string {
  const status = details.status === undefined ? '' : ` (HTTP ${details.status})`
  const messages = details.messages?.length
    ? `: ${details.messages.join('; ')}`
    : ''
  return `${details.method} ${details.path} failed with ${details.kind}${status}${messages}`
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
