import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { sendRequest } from './test-support.ts'

const SERVER_PATH = fileURLToPath(new URL('./server.ts', import.meta.url))

/** Starts server.ts with the running Node and waits for the line that names its URL. */
async function startServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SERVER_PATH, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      const match = /serving at (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        resolve(match[1])
      }
    })
    child.stderr.on('data', (chunk: string) => {
      output += chunk
    })
    child.once('exit', (code) =>
      reject(new Error(`server.ts exited with ${code}: ${output}`)),
    )
  })
  return { child, url, output: () => output }
}

describe('server.ts', () => {
  let child: ChildProcess | undefined

  afterEach(() => {
    if (child?.exitCode === null) {
      child.kill('SIGKILL')
    }
  })

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'serves on port 0 and stops on %s',
    async (signal) => {
      const server = await startServer(['--port', '0'])
      child = server.child
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.output()).toContain('demo-owner-token')
      const result = await sendRequest(server.url, '/api/v1/organizations')
      expect(result.status).toBe(200)
      const exited = once(server.child, 'exit')
      server.child.kill(signal)
      const [code] = await exited
      expect(code).toBe(0)
    },
  )

  it('reads the scale variable', async () => {
    const server = await startServer(['--port', '0'], {
      AEGISTER_STAND_IN_SCALE: '30',
    })
    child = server.child
    const result = await sendRequest(
      server.url,
      '/api/v1/organizations?name=Scale',
    )
    expect(result.json.total).toBe(1)
    expect(result.json.data[0].name).toBe('Scale 30')
    server.child.kill('SIGTERM')
    await once(server.child, 'exit')
  })

  it('logs requests with --debug but no token', async () => {
    const server = await startServer(['--port', '0', '--debug'])
    child = server.child
    await sendRequest(
      server.url,
      '/api/v1/organizations?X-Aegister-Token=demo-viewer-token',
      { token: null },
    )
    server.child.kill('SIGTERM')
    await once(server.child, 'exit')
    // The first line names the demo tokens on purpose; the request lines must not.
    const requestLines = server.output().split('\n').slice(1).join('\n')
    expect(requestLines).toContain(
      'GET /api/v1/organizations?X-Aegister-Token=REDACTED 200',
    )
    expect(requestLines).not.toContain('demo-viewer-token')
  })

  it.each([
    ['--port', 'abc'],
    ['--port', '70000'],
  ])('rejects %s %s', async (...args) => {
    const rejected = spawn(process.execPath, [SERVER_PATH, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = rejected
    let stderr = ''
    rejected.stderr.setEncoding('utf8')
    rejected.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    const [code] = await once(rejected, 'exit')
    expect(code).toBe(1)
    expect(stderr).toContain('--port')
  })
})
