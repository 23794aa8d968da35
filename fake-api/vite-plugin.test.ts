import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createServer, preview, type InlineConfig, type Logger } from 'vite'
import { sendRequest } from './test-support.ts'
import { startStandIn, type RunningStandIn } from './start.ts'
import { API_URL_VARIABLE, aegisterApi } from './vite-plugin.ts'

const INDEX_HTML =
  '<!doctype html><html><body><div id="root"></div></body></html>'

function captureLogger(lines: string[]): Logger {
  return {
    info: (message) => lines.push(message),
    warn: (message) => lines.push(message),
    warnOnce: (message) => lines.push(message),
    error: (message) => lines.push(message),
    clearScreen: () => undefined,
    hasErrorLogged: () => false,
    hasWarned: false,
  }
}

function addressOf(server: { httpServer: unknown }): string {
  const address = (server.httpServer as { address(): AddressInfo }).address()
  return `http://127.0.0.1:${address.port}`
}

describe('aegisterApi plugin', () => {
  let root = ''
  const savedApiUrl = process.env[API_URL_VARIABLE]

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'aegister-vite-'))
    await writeFile(join(root, 'index.html'), INDEX_HTML)
    await mkdir(join(root, 'dist'))
    await writeFile(join(root, 'dist', 'index.html'), INDEX_HTML)
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })
  afterEach(() => {
    if (savedApiUrl === undefined) {
      delete process.env.AEGISTER_API_URL
    } else {
      process.env[API_URL_VARIABLE] = savedApiUrl
    }
  })

  function config(lines: string[]): InlineConfig {
    return {
      configFile: false,
      root,
      plugins: [aegisterApi()],
      customLogger: captureLogger(lines),
      server: { host: '127.0.0.1', port: 0 },
      preview: { host: '127.0.0.1', port: 0 },
      build: { outDir: join(root, 'dist') },
    }
  }

  it('dev server mounts the stand-in', async () => {
    delete process.env.AEGISTER_API_URL
    const lines: string[] = []
    const server = await createServer(config(lines))
    await server.listen()
    try {
      const url = addressOf(server)
      const organizations = await sendRequest(
        url,
        '/api/v1/organizations?limit=1',
      )
      expect(organizations.status).toBe(200)
      expect(organizations.json.total).toBeGreaterThanOrEqual(12)
      const info = await sendRequest(url, '/__stand-in/info')
      expect(info.json.standIn).toBe(true)
      const page = await sendRequest(url, '/')
      expect(page.contentType).toContain('text/html')
      const serving = lines.filter((line) =>
        line.includes('Aegister stand-in serving'),
      )
      expect(serving).toHaveLength(1)
      expect(serving[0]).toContain('demo-owner-token')
    } finally {
      await server.close()
    }
  })

  it('preview server mounts the stand-in', async () => {
    delete process.env.AEGISTER_API_URL
    const lines: string[] = []
    const server = await preview(config(lines))
    try {
      const url = addressOf(server)
      const members = await sendRequest(url, '/api/v1/organizations/1001/users')
      expect(members.status).toBe(200)
      expect(members.json.total).toBe(212)
      const reset = await sendRequest(url, '/__stand-in/reset', {
        method: 'POST',
      })
      expect(reset.status).toBe(200)
      expect(
        lines.filter((line) => line.includes('Aegister stand-in serving')),
      ).toHaveLength(1)
    } finally {
      await server.close()
    }
  })

  describe('with AEGISTER_API_URL', () => {
    let upstream: RunningStandIn | undefined

    beforeAll(async () => {
      upstream = await startStandIn({ largeOrganizationSize: 7 })
    })
    afterAll(async () => {
      await upstream?.close()
    })

    it('configures only the proxy', () => {
      process.env[API_URL_VARIABLE] = 'https://app.aegister.com'
      const plugin = aegisterApi()
      expect(plugin.configureServer).toBeUndefined()
      expect(plugin.configurePreviewServer).toBeUndefined()
      const hook = plugin.config as () => unknown
      const proxy = {
        '/api/v1': {
          target: 'https://app.aegister.com',
          changeOrigin: true,
          secure: true,
        },
      }
      expect(hook()).toEqual({ server: { proxy }, preview: { proxy } })
    })

    it('rejects a relative URL', () => {
      process.env[API_URL_VARIABLE] = 'app.aegister.com'
      expect(() => aegisterApi()).toThrow(API_URL_VARIABLE)
    })

    it('dev server proxies /api/v1', async () => {
      process.env[API_URL_VARIABLE] = upstream?.url ?? ''
      const lines: string[] = []
      const server = await createServer(config(lines))
      await server.listen()
      try {
        const url = addressOf(server)
        const members = await sendRequest(
          url,
          '/api/v1/organizations/1001/users',
        )
        expect(members.status).toBe(200)
        expect(members.json.total).toBe(7)
        const info = await sendRequest(url, '/__stand-in/info')
        expect(info.json?.standIn).toBeUndefined()
        expect(
          lines.some((line) => line.includes('Aegister stand-in serving')),
        ).toBe(false)
      } finally {
        await server.close()
      }
    })
  })
})
