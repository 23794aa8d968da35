import { describe, expect, it } from 'vitest'
import { ApiError, type ApiErrorKind, type EndpointName } from './apiError'
import { describeError, describeMessage } from './describeError'

function apiError(
  kind: ApiErrorKind,
  status?: number,
  endpoint: EndpointName = 'listMembers',
): ApiError {
  return new ApiError({
    kind,
    status,
    endpoint,
    method: 'GET',
    path: '/api/v1/organizations/1/users',
    timeoutMs: 15_000,
  })
}

describe('describeError', () => {
  const cases = [
    { error: apiError('http', 401), key: 'errors.unauthorized' },
    { error: apiError('http', 403), key: 'errors.forbiddenRead' },
    { error: apiError('http', 403, 'saveMember'), key: 'errors.forbidden' },
    { error: apiError('http', 403, 'removeMember'), key: 'errors.forbidden' },
    { error: apiError('http', 404), key: 'errors.notFound' },
    { error: apiError('http', 400), key: 'errors.badRequestRead' },
    { error: apiError('http', 400, 'saveMember'), key: 'errors.badRequest' },
    { error: apiError('http', 500), key: 'errors.server' },
    { error: apiError('http', 502), key: 'errors.server' },
    { error: apiError('http', 418), key: 'errors.http' },
    { error: apiError('http', 431), key: 'errors.headersTooLarge' },
    { error: apiError('envelope', 200), key: 'errors.envelope' },
    { error: apiError('invalid-response', 200), key: 'errors.invalidResponse' },
    { error: apiError('network'), key: 'errors.network' },
    {
      error: apiError('network', undefined, 'saveMember'),
      key: 'errors.networkWrite',
    },
    { error: apiError('timeout'), key: 'errors.timeout' },
    {
      error: apiError('timeout', undefined, 'removeMember'),
      key: 'errors.timeoutWrite',
    },
    { error: new TypeError('boom'), key: 'errors.unexpected' },
    { error: 'a string', key: 'errors.unexpected' },
  ]

  it.each(cases)('maps to $key', ({ error, key }) => {
    expect(describeError(error).key).toBe(key)
  })

  it('names the endpoint of a response it cannot read', () => {
    expect(describeError(apiError('invalid-response', 200)).values).toEqual({
      endpoint: 'endpoints.listMembers',
    })
  })

  it('gives the seconds of a timeout', () => {
    expect(describeError(apiError('timeout')).values).toEqual({ seconds: 15 })
  })
})

describe('describeMessage', () => {
  it('puts the rejected token code in words', () => {
    expect(describeMessage(9153)).toEqual({ key: 'apiMessages.tokenRejected' })
  })

  it('shows an unknown code as its number', () => {
    expect(describeMessage(4242)).toEqual({
      key: 'apiMessages.unknownCode',
      values: { code: 4242 },
    })
  })

  it('keeps text as it is', () => {
    expect(describeMessage('Invalid data provided')).toEqual({
      text: 'Invalid data provided',
    })
  })
})
