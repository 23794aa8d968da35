// The stand-in for the Aegister API: routing, faults, authentication and logging around api.ts.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { envelope, handleApiRoute, INVALID_BODY, NOT_FOUND } from './api.ts'
import {
  API_PREFIX,
  CONTROL_PREFIX,
  MESSAGES,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAMETER,
} from './contract.ts'
import { handleControlRequest } from './control.ts'
import { applyFault } from './fault-responses.ts'
import { createFaultRegistry, type FaultRegistry } from './faults.ts'
import {
  isMultipart,
  parseJson,
  readBody,
  readMultipartField,
  sendJson,
} from './http.ts'
import { matchApiRoute } from './routes.ts'
import { DEMO_TOKENS, type DemoToken } from './seed-people.ts'
import type { SeedOptions } from './seed.ts'
import { createStore, type ResetOptions, type Store } from './store.ts'

export interface StandInLogger {
  /** Receives one line per request, with the token query parameter redacted. */
  debug(message: string): void
  error(message: string): void
}

export interface StandInOptions extends SeedOptions {
  logger?: StandInLogger
}

export interface StandIn {
  /** Serves /api/v1 and /__stand-in, and sends a 404 envelope for every other path. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  /** Restores the seeded store, with `changes` applied to its seed options, and clears all faults. */
  reset(changes?: ResetOptions): void
  readonly store: Store
  readonly faults: FaultRegistry
  readonly demoTokens: readonly DemoToken[]
}

/** Marks the value of the token query parameter in logged URLs. */
const REDACTED = 'REDACTED'

export function createStandIn(options: StandInOptions = {}): StandIn {
  const store = createStore(options)
  const faults = createFaultRegistry()
  const logger = options.logger

  function reset(changes?: ResetOptions): void {
    store.reset(changes)
    faults.clear()
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<void> {
    const match = matchApiRoute(req.method ?? 'GET', url.pathname)
    if (match.kind === 'notFound') {
      sendJson(res, NOT_FOUND)
      return
    }
    if (match.kind === 'methodNotAllowed') {
      sendJson(res, {
        ...envelope(405, {}, []),
        headers: { Allow: match.allow.join(', ') },
      })
      return
    }

    const fault = faults.take(match.route.endpoint)
    if (
      fault !== undefined &&
      (await applyFault(fault, match.route.endpoint, req, res))
    ) {
      return
    }

    const token = readToken(req, url)
    const callerId =
      token === undefined ? undefined : store.personIdForToken(token)
    if (callerId === undefined) {
      sendJson(res, envelope(401, {}, [MESSAGES.notAuthenticated]))
      return
    }

    const response = await handleApiRoute(
      store,
      match.route,
      callerId,
      url.searchParams,
      () => readWriteBody(req),
    )
    sendJson(res, response)
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const startedAt = performance.now()
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid')
    res.once('close', () => {
      const outcome = res.writableFinished
        ? String(res.statusCode)
        : 'connection closed before the response'
      const elapsed = Math.round(performance.now() - startedAt)
      logger?.debug(
        `stand-in ${req.method} ${redactToken(url)} ${outcome} ${elapsed} ms`,
      )
    })
    try {
      if (isUnder(url.pathname, CONTROL_PREFIX)) {
        const target = { faults, demoTokens: DEMO_TOKENS, reset }
        const method = req.method ?? 'GET'
        const response = await handleControlRequest(
          target,
          method,
          url.pathname,
          () => readJsonBody(req),
        )
        sendJson(res, response)
      } else if (isUnder(url.pathname, API_PREFIX)) {
        await handleApi(req, res, url)
      } else {
        sendJson(res, NOT_FOUND)
      }
    } catch (error) {
      logger?.error(
        `stand-in ${req.method} ${url.pathname} failed: ${error instanceof Error ? error.stack : String(error)}`,
      )
      if (res.headersSent) {
        res.destroy()
      } else {
        sendJson(
          res,
          envelope(500, {}, [
            'The stand-in failed to handle the request. Its log has the error.',
          ]),
        )
      }
    }
  }

  return { handle, reset, store, faults, demoTokens: DEMO_TOKENS }
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`)
}

/** Reads the token from the header, or else from the query parameter. */
function readToken(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers[TOKEN_HEADER]
  const value =
    (Array.isArray(header) ? header[0] : header) ||
    url.searchParams.get(TOKEN_QUERY_PARAMETER)
  return value || undefined
}

/** Returns the path and query of `url` with the value of the token parameter replaced. */
function redactToken(url: URL): string {
  const params = new URLSearchParams(url.search)
  for (const name of [...params.keys()]) {
    if (name.toLowerCase() === TOKEN_QUERY_PARAMETER.toLowerCase()) {
      params.set(name, REDACTED)
    }
  }
  const query = params.toString()
  return query === '' ? url.pathname : `${url.pathname}?${query}`
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req)
  return body === undefined ? undefined : parseJson(body.toString('utf8'))
}

/** Reads a PUT or POST body sent as JSON, or as JSON in the `data` part of multipart/form-data. */
async function readWriteBody(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req)
  if (body === undefined) {
    return INVALID_BODY
  }
  const contentType = req.headers['content-type']
  const text = isMultipart(contentType)
    ? readMultipartField(body, contentType ?? '', 'data')
    : body.toString('utf8')
  const parsed = text === undefined ? undefined : parseJson(text)
  return parsed === undefined ? INVALID_BODY : parsed
}
