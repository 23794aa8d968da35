import {
  isApiError,
  type ApiError,
  type ApiMessage,
  type EndpointName,
} from './apiError'

/** Numeric message codes whose meaning is known; others show as "error code N". */
export const KNOWN_MESSAGE_CODES: Record<number, 'tokenRejected'> = {
  9153: 'tokenRejected',
}

/** A translation key with its values, so the caller's language decides the words. */
export interface Description {
  key: string
  values?: Record<string, string | number>
}

/** Endpoints that change data; their failures say whether the change may have been made. */
const WRITE_ENDPOINTS: ReadonlySet<EndpointName> = new Set([
  'saveMember',
  'removeMember',
])

/**
 * Turns any error into words for the user: what failed and what to do
 * next. It reads only the status, kind, endpoint and API messages, so a
 * token can never end up in the text.
 */
export function describeError(error: unknown): Description {
  if (!isApiError(error)) return { key: 'errors.unexpected' }
  const write = WRITE_ENDPOINTS.has(error.endpoint)

  switch (error.kind) {
    case 'network':
      // A write whose connection broke may have reached the API before it did.
      return { key: write ? 'errors.networkWrite' : 'errors.network' }
    case 'timeout':
      return {
        key: write ? 'errors.timeoutWrite' : 'errors.timeout',
        // Rounded up, so a limit under a second never reads as 0 s.
        values: { seconds: Math.ceil((error.timeoutMs ?? 0) / 1000) },
      }
    case 'invalid-response':
      return {
        key: 'errors.invalidResponse',
        values: { endpoint: `endpoints.${error.endpoint}` },
      }
    case 'envelope':
      return { key: 'errors.envelope' }
    case 'http':
      return describeHttpError(error, write)
  }
}

function describeHttpError(error: ApiError, write: boolean): Description {
  const status = error.status ?? 0
  if (status === 401) return { key: 'errors.unauthorized' }
  if (status === 403)
    return { key: write ? 'errors.forbidden' : 'errors.forbiddenRead' }
  if (status === 404) return { key: 'errors.notFound' }
  if (status === 400)
    return { key: write ? 'errors.badRequest' : 'errors.badRequestRead' }
  // The token travels in a header, so an oversized header most likely
  // means a token pasted with other text, and trying again cannot help.
  if (status === 431) return { key: 'errors.headersTooLarge' }
  if (status >= 500) return { key: 'errors.server', values: { status } }
  return { key: 'errors.http', values: { status } }
}

/** A message in the API's list, as a translation key or verbatim text. */
export type MessageDescription =
  { key: string; values?: Record<string, string | number> } | { text: string }

export function describeMessage(message: ApiMessage): MessageDescription {
  if (typeof message === 'string') return { text: message }
  const known = KNOWN_MESSAGE_CODES[message]
  if (known) return { key: `apiMessages.${known}` }
  return { key: 'apiMessages.unknownCode', values: { code: message } }
}
