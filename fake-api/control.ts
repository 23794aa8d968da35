// Control routes under /__stand-in, which tests and the sign-in screen call over HTTP.

import { CONTROL_PREFIX } from './contract.ts'
import { parseFaultSpec, type FaultRegistry } from './faults.ts'
import type { JsonResponse } from './http.ts'
import type { DemoToken } from './seed-people.ts'

export interface ControlTarget {
  faults: FaultRegistry
  demoTokens: readonly DemoToken[]
  reset(): void
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
      target.reset()
      return { status: 200, body: { reset: true } }
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

function registerFault(target: ControlTarget, body: unknown): JsonResponse {
  const parsed = parseFaultSpec(body)
  if ('errors' in parsed) {
    return failure(400, parsed.errors)
  }
  return { status: 201, body: { id: target.faults.add(parsed.spec) } }
}
