// Runs the stand-in as a standalone HTTP server:
//   node fake-api/server.ts [--port 8787] [--host 127.0.0.1] [--debug]
// --port 0 picks a free port. The server stops on SIGINT and SIGTERM.

import { parseArgs } from 'node:util'
import {
  isRequestLoggingEnabled,
  seedOptionsFromEnvironment,
} from './options.ts'
import { DEMO_TOKENS } from './seed-people.ts'
import { startStandIn } from './start.ts'

export {
  startStandIn,
  type RunningStandIn,
  type StartOptions,
} from './start.ts'

const DEFAULT_PORT = 8787

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      host: { type: 'string', default: '127.0.0.1' },
      debug: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  if (!/^[0-9]+$/.test(values.port) || port > 65535) {
    throw new Error(
      `--port: "${values.port}" is not a port number from 0 to 65535`,
    )
  }
  const logRequests = values.debug || isRequestLoggingEnabled(process.env)
  const running = await startStandIn({
    ...seedOptionsFromEnvironment(process.env),
    port,
    host: values.host,
    logger: {
      debug: (message) => {
        if (logRequests) {
          console.debug(message)
        }
      },
      error: (message) => console.error(message),
    },
  })
  const tokens = DEMO_TOKENS.map((item) => item.token).join(', ')
  console.log(
    `Aegister stand-in serving at ${running.url} (demo tokens: ${tokens})`,
  )

  const stop = (signal: string) => {
    console.log(`Aegister stand-in stopping on ${signal}`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Aegister stand-in failed to stop: ${String(error)}`)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(
      `Aegister stand-in failed to start: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  })
}
