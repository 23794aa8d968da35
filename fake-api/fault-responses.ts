// Sends the response that a registered fault specifies.

import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Endpoint } from './contract.ts'
import type { FaultSpec } from './faults.ts'
import { JSON_CONTENT_TYPE, sendJson, sendRaw } from './http.ts'

const NOT_JSON_BODY =
  '<!doctype html><html><body><h1>Service temporarily unavailable</h1></body></html>'

/**
 * Applies `fault` to the request. Returns true when the fault produced the response (or dropped
 * the connection), and false when the request should continue normally, as after a delay.
 */
export async function applyFault(
  fault: FaultSpec,
  endpoint: Endpoint,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  switch (fault.kind) {
    case 'delay':
      return holdRequest(fault.ms, res)
    case 'drop':
      req.socket.destroy()
      return true
    case 'status':
      if (fault.body !== undefined) {
        sendRaw(
          res,
          fault.status,
          fault.body,
          fault.contentType ?? 'text/plain; charset=utf-8',
        )
      } else {
        sendJson(res, {
          status: fault.status,
          body: { error: 1, messages: fault.messages ?? [], data: {} },
        })
      }
      return true
    case 'envelopeError':
      sendJson(res, {
        status: 200,
        body: { error: 1, messages: fault.messages, data: {} },
      })
      return true
    case 'notJson':
      sendRaw(res, 200, NOT_JSON_BODY, JSON_CONTENT_TYPE)
      return true
    case 'wrongShape':
      sendJson(res, { status: 200, body: wrongShapeBody(endpoint) })
      return true
  }
}

/**
 * Waits `ms` before the request goes on. A client that gives up meanwhile
 * (a timeout) closes the connection, and the request is then dropped
 * without effect, so a write it carried never lands later, in the middle
 * of another test. Returns true when the request was dropped.
 */
async function holdRequest(ms: number, res: ServerResponse): Promise<boolean> {
  const settled = new AbortController()
  const ignoreAbort = () => false
  const closed = once(res, 'close', { signal: settled.signal }).then(
    () => true,
    ignoreAbort,
  )
  const waited = sleep(ms, false, { signal: settled.signal }).catch(ignoreAbort)
  const dropped = await Promise.race([closed, waited])
  settled.abort()
  return dropped
}

/** Returns a success envelope whose `data` does not match the documented schema of the endpoint. */
export function wrongShapeBody(endpoint: Endpoint): unknown {
  switch (endpoint) {
    case 'listOrganizations':
      return { error: 0, messages: [], data: 'organizations', total: 'many' }
    case 'listMembers':
      // A member without `id`, the field the panel needs to edit or remove it.
      return {
        error: 0,
        messages: [],
        data: [
          {
            username: 'no.id@example.it',
            email: 'no.id@example.it',
            first_name: 'No',
            last_name: 'Id',
            role: 'viewer',
          },
        ],
        total: 1,
      }
    case 'addMember':
    case 'updateMember':
    case 'removeMember':
      return { error: 0, messages: [], data: 'done' }
  }
}
