// Faults that tests register over HTTP to change the responses to the next matching API requests.

import { ENDPOINTS, type Endpoint } from './contract.ts'

export const MAX_DELAY_MS = 60_000

export type FaultKind =
  | {
      kind: 'status'
      status: number
      messages?: Array<string | number>
      body?: string
      contentType?: string
    }
  | { kind: 'envelopeError'; messages: Array<string | number> }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop' }
  | { kind: 'notJson' }
  | { kind: 'wrongShape' }

export type FaultSpec = FaultKind & {
  endpoint: Endpoint | '*'
  /** Number of matching requests that the fault applies to. Undefined means until the faults are cleared. */
  times?: number
}

interface RegisteredFault {
  id: number
  spec: FaultSpec
  remaining: number | undefined
}

export interface FaultRegistry {
  add(spec: FaultSpec): number
  /** Returns the oldest fault that matches the endpoint and counts one use of it. */
  take(endpoint: Endpoint): FaultSpec | undefined
  clear(): number
}

export function createFaultRegistry(): FaultRegistry {
  let faults: RegisteredFault[] = []
  let nextId = 1

  return {
    add(spec) {
      const id = nextId
      nextId += 1
      faults.push({ id, spec, remaining: spec.times })
      return id
    },
    take(endpoint) {
      const fault = faults.find(
        (item) => item.spec.endpoint === '*' || item.spec.endpoint === endpoint,
      )
      if (fault === undefined) {
        return undefined
      }
      if (fault.remaining !== undefined) {
        fault.remaining -= 1
        if (fault.remaining <= 0) {
          faults = faults.filter((item) => item !== fault)
        }
      }
      return fault.spec
    },
    clear() {
      const count = faults.length
      faults = []
      return count
    },
  }
}

/** Validates a fault request body and returns the spec, or the list of problems found. */
export function parseFaultSpec(
  body: unknown,
): { spec: FaultSpec } | { errors: string[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { errors: ['body: expected a JSON object'] }
  }
  const input = body as Record<string, unknown>
  const errors: string[] = []
  const endpoint = input.endpoint
  if (
    endpoint !== '*' &&
    !(ENDPOINTS as readonly unknown[]).includes(endpoint)
  ) {
    errors.push(`endpoint: must be one of ${ENDPOINTS.join(', ')} or *`)
  }
  const times = input.times
  if (
    times !== undefined &&
    !(Number.isSafeInteger(times) && (times as number) >= 1)
  ) {
    errors.push('times: must be an integer of at least 1')
  }
  const kind = parseKind(input, errors)
  if (errors.length > 0 || kind === undefined) {
    return { errors }
  }
  return {
    spec: {
      ...kind,
      endpoint: endpoint as Endpoint | '*',
      times: times as number | undefined,
    },
  }
}

function parseKind(
  input: Record<string, unknown>,
  errors: string[],
): FaultKind | undefined {
  switch (input.kind) {
    case 'status':
      return parseStatusKind(input, errors)
    case 'envelopeError': {
      const messages = parseMessages(input.messages, errors) ?? []
      return { kind: 'envelopeError', messages }
    }
    case 'delay': {
      const ms = input.ms
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        errors.push('ms: must be a number of milliseconds, 0 or more')
        return undefined
      }
      return { kind: 'delay', ms: Math.min(ms, MAX_DELAY_MS) }
    }
    case 'drop':
    case 'notJson':
    case 'wrongShape':
      return { kind: input.kind }
    default:
      errors.push(
        'kind: must be one of status, envelopeError, delay, drop, notJson, wrongShape',
      )
      return undefined
  }
}

function parseStatusKind(
  input: Record<string, unknown>,
  errors: string[],
): FaultKind | undefined {
  const { status, body, contentType } = input
  if (
    !Number.isInteger(status) ||
    (status as number) < 200 ||
    (status as number) > 599
  ) {
    errors.push('status: must be an HTTP status code from 200 to 599')
  }
  if (body !== undefined && typeof body !== 'string') {
    errors.push('body: must be a string')
  }
  if (contentType !== undefined && typeof contentType !== 'string') {
    errors.push('contentType: must be a string')
  }
  const messages = parseMessages(input.messages, errors)
  return {
    kind: 'status',
    status: status as number,
    messages,
    body: body as string | undefined,
    contentType: contentType as string | undefined,
  }
}

function parseMessages(
  value: unknown,
  errors: string[],
): Array<string | number> | undefined {
  if (value === undefined) {
    return undefined
  }
  const valid =
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' || typeof item === 'number')
  if (!valid) {
    errors.push('messages: must be an array of strings and numbers')
    return undefined
  }
  return value as Array<string | number>
}
