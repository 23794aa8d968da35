// Vite plugin that serves the Aegister API: the stand-in by default, or a proxy to the real
// service when AEGISTER_API_URL is set (e.g. AEGISTER_API_URL=https://app.aegister.com).

import type { Server as NetServer } from 'node:net'
import type { Connect, Logger, Plugin } from 'vite'
import { API_PREFIX, CONTROL_PREFIX } from './contract.ts'
import { createStandIn } from './handler.ts'
import {
  isRequestLoggingEnabled,
  seedOptionsFromEnvironment,
} from './options.ts'

export const API_URL_VARIABLE = 'AEGISTER_API_URL'

/**
 * Creates the plugin. AEGISTER_API_URL is read when this function runs. When it is set,
 * /api/v1 of the dev and preview servers is proxied to it and nothing else is mounted.
 * Otherwise each server gets its own stand-in for /api/v1 and /__stand-in, seeded from
 * AEGISTER_STAND_IN_SCALE and AEGISTER_STAND_IN_LARGE_SIZE.
 */
export function aegisterApi(): Plugin {
  const apiUrl = process.env[API_URL_VARIABLE]?.trim()
  if (apiUrl) {
    return proxyPlugin(apiUrl)
  }
  return {
    name: 'aegister-api:stand-in',
    configureServer(server) {
      mountStandIn(server.middlewares, server.config.logger, server.httpServer)
    },
    configurePreviewServer(server) {
      mountStandIn(server.middlewares, server.config.logger, server.httpServer)
    },
  }
}

function proxyPlugin(apiUrl: string): Plugin {
  if (!URL.canParse(apiUrl)) {
    throw new Error(
      `${API_URL_VARIABLE}: "${apiUrl}" is not an absolute URL such as https://app.aegister.com`,
    )
  }
  const proxy = {
    [API_PREFIX]: { target: apiUrl, changeOrigin: true, secure: true },
  }
  return {
    name: 'aegister-api:proxy',
    config: () => ({ server: { proxy }, preview: { proxy } }),
  }
}

function mountStandIn(
  middlewares: Connect.Server,
  logger: Logger,
  httpServer: NetServer | null,
): void {
  const logRequests = isRequestLoggingEnabled(process.env)
  const standIn = createStandIn({
    ...seedOptionsFromEnvironment(process.env),
    logger: {
      debug: (message) => {
        if (logRequests) {
          logger.info(message, { timestamp: true })
        }
      },
      error: (message) => logger.error(message, { timestamp: true }),
    },
  })
  // Added directly rather than from a returned hook, so it runs before Vite's own middlewares.
  middlewares.use((req, res, next) => {
    const pathname = (req.url ?? '').split('?', 1)[0] ?? ''
    if (isUnder(pathname, API_PREFIX) || isUnder(pathname, CONTROL_PREFIX)) {
      void standIn.handle(req, res)
    } else {
      next()
    }
  })

  const tokens = standIn.demoTokens.map((item) => item.token).join(', ')
  const announce = () =>
    logger.info(
      `Aegister stand-in serving ${API_PREFIX} and ${CONTROL_PREFIX} (demo tokens: ${tokens})`,
    )
  if (httpServer === null || httpServer.listening) {
    announce()
  } else {
    httpServer.once('listening', announce)
  }
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`)
}
