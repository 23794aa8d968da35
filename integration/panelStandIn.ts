// A stand-in on a free port for one test file, with the panel's API client pointed at it
// as the demo owner. It records every /api/v1 request it receives, so tests can count them.

import { afterAll, beforeAll, beforeEach, expect } from 'vitest'
import { DEMO_OWNER_TOKEN } from '../fake-api/seed-people.ts'
import { startStandIn, type RunningStandIn } from '../fake-api/start.ts'
import { configureClient } from '../src/api/client.ts'

/** Request timeout of the client in these tests, short so delay faults end fast. */
export const TEST_TIMEOUT_MS = 300

export interface PanelStandIn {
  /** Requests received since the test began, as "METHOD /path?query". */
  readonly received: string[]
  addFault(fault: Record<string, unknown>): Promise<void>
}

export function usePanelStandIn(onUnauthorized: () => void): PanelStandIn {
  let running: RunningStandIn | undefined
  const received: string[] = []

  beforeAll(async () => {
    running = await startStandIn({
      port: 0,
      logger: {
        // One line per request: "stand-in METHOD /path?query outcome time".
        debug: (line) => {
          const [, method, path] = line.split(' ')
          if (path?.startsWith('/api/v1/')) received.push(`${method} ${path}`)
        },
        error: () => {},
      },
    })
    configureClient({
      baseUrl: running.url,
      timeoutMs: TEST_TIMEOUT_MS,
      getToken: () => DEMO_OWNER_TOKEN,
      onUnauthorized,
    })
  })
  afterAll(async () => {
    await running?.close()
  })
  beforeEach(() => {
    running?.standIn.reset()
    received.length = 0
  })

  return {
    received,
    async addFault(fault) {
      const response = await fetch(`${running?.url}/__stand-in/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fault),
      })
      expect(response.status).toBe(201)
    },
  }
}
