// Control routes under /__stand-in, which tests and the sign-in screen call over HTTP.

import { CONTROL_PREFIX } from './contract.ts'
import { parseFaultSpec, type FaultRegistry } from './faults.ts'
import type { JsonResponse } from './http.ts'
import type { DemoToken } from './seed-people.ts'
import type { ResetOptions } from './store.ts'

export interface ControlTarget {
  faults: FaultRegistry
  demoTokens: readonly DemoToken[]
  reset(changes?: ResetOptions): void
}

const ROUTES: Record<string, string[]> = {
  [`${CONTROL_PREFIX}/faults`]: ['POST', 'DELETE'],
  [`${CONTROL_PREFIX}/reset`]: ['POST'],
  [`${CONTROL_PREFIX}/info`]: ['GET'],
}

function failure(status: number, messages: string[]): JsonResponse {
  return { status, body: { error: 1, messages, data: {} } }
}

/** Handles a control request. `readJson` returns the parsed body, or undefined when it is not JSON. */
export async function handleControlRequest(
  target: ControlTarget,
  method: string,
  pathname: string,
  readJson: () => Promise<unknown>,
): Promise<JsonResponse> {
  const allowed = ROUTES[pathname]
  if (allowed === undefined) {
    return failure(404, [
      `No control route ${pathname}. The control routes are ${Object.keys(ROUTES).join(', ')}`,
    ])
  }
  if (!allowed.includes(method)) {
    return {
      ...failure(405, [`${pathname} accepts ${allowed.join(', ')}`]),
      headers: { Allow: allowed.join(', ') },
    }
  }
  switch (`${method} ${pathname}`) {
    case `POST ${CONTROL_PREFIX}/faults`:
      return registerFault(target, await readJson())
    case `DELETE ${CONTROL_PREFIX}/faults`:
      return { status: 200, body: { cleared: target.faults.clear() } }
    case `POST ${CONTROL_PREFIX}/reset`:
      return reset(target, await readJson())
    case `GET ${CONTROL_PREFIX}/info`:
      return {
        status: 200,
        body: { standIn: true, demoTokens: target.demoTokens },
      }
    default:
      throw new Error(
        `Control route ${method} ${pathname} is listed in ROUTES but has no handler`,
      )
  }
}

/**
 * Restores the seeded data. A JSON body `{"hostileOrganizations": true}` adds the
 * organizations of seed-hostile.ts until the next reset; no body gives the default seed.
 */
function reset(target: ControlTarget, body: unknown): JsonResponse {
  if (body === undefined) {
    target.reset()
    return { status: 200, body: { reset: true } }
  }
  const valid =
    typeof body === 'object' &&
    body !== null &&
    Object.entries(body).every(
      ([name, value]) =>
        name === 'hostileOrganizations' && typeof value === 'boolean',
    )
  if (!valid) {
    return failure(400, [
      'body: expected no body, or {"hostileOrganizations": true or false}',
    ])
  }
  target.reset(body as ResetOptions)
  return { status: 200, body: { reset: true } }
}

function registerFault(target: ControlTarget, body: unknown): JsonResponse {
  const parsed = parseFaultSpec(body)
  if ('errors' in parsed) {
    return failure(400, parsed.errors)
  }
  return { status: 201, body: { id: target.faults.add(parsed.spec) } }
}
