// Starts the stand-in on its own HTTP server, for tests and for server.ts.

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createStandIn, type StandIn, type StandInOptions } from './handler.ts'

export interface StartOptions extends StandInOptions {
  /** Port to listen on, where 0 picks a free port. Default 0. */
  port?: number
  /** Host name or address to listen on. Default 127.0.0.1. */
  host?: string
}

export interface RunningStandIn {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787. */
  url: string
  close(): Promise<void>
  standIn: StandIn
}

export async function startStandIn(
  options: StartOptions = {},
): Promise<RunningStandIn> {
  const standIn = createStandIn(options)
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    void standIn.handle(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const urlHost =
    address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${urlHost}:${address.port}`,
    standIn,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Open connections, including requests waiting on a delay fault, would otherwise
        // hold close() open, so they are cut.
        server.closeAllConnections()
      }),
  }
}
