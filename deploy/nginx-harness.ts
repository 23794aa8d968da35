// Starts Debian's nginx with deploy/nginx/panel.conf.template in front of a standalone
// stand-in, both on 127.0.0.1, for the nginx smoke test. Everything nginx writes (pid,
// logs, temp files) goes to a temporary folder, so it needs no root paths and leaves
// nothing behind.

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const TEMPLATE = join(ROOT, 'deploy/nginx/panel.conf.template')
const DIST = join(ROOT, 'dist')
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx']
/** Debian's list of file types; the template relies on the http block including one. */
const MIME_TYPES = '/etc/nginx/mime.types'

/** Finds nginx: `NGINX_PATH` alone when it is set, else Debian's paths. */
export function findNginx(): string | undefined {
  const candidates = process.env.NGINX_PATH
    ? [process.env.NGINX_PATH]
    : NGINX_CANDIDATES
  return candidates.find((path) => existsSync(path))
}

export interface RunningNginx {
  /** Origin nginx serves the panel on, e.g. http://127.0.0.1:4186. */
  origin: string
  /** Reads what nginx has written to its error log so far. */
  errorLog(): Promise<string>
  /** Reads the panel's access log so far. */
  accessLog(): Promise<string>
  stop(): Promise<void>
}

/** Returns the port the variable names, or else a free port on 127.0.0.1. */
async function portFrom(variable: string): Promise<number> {
  const fixed = process.env[variable]
  if (fixed) return Number(fixed)
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('No free port on 127.0.0.1')),
      )
    })
  })
}

/** Resolves once `url` responds with any status, or rejects after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await fetch(url)
      return
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Nothing responded at ${url} within ${timeoutMs} ms`, {
          cause: error,
        })
      await new Promise((wait) => setTimeout(wait, 100))
    }
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

/** The main configuration around the panel's server block, with every path in `folder`. */
function mainConfig(folder: string): string {
  // A master running as root hands requests to workers of another user, and
  // they may not read a checkout under /root. So the test runs them as root.
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  return `${user}
daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 64; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/panel.conf;
}
`
}

/** Starts `node fake-api/server.ts` and resolves with its URL once it serves. */
async function startStandIn(
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['fake-api/server.ts', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = `http://127.0.0.1:${port}`
  await waitForServer(`${url}/__stand-in/info`, 15_000)
  return { url, child }
}

export async function startNginxInFrontOfStandIn(
  nginx: string,
): Promise<RunningNginx> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` first')
  if (!existsSync(MIME_TYPES))
    throw new Error(`${MIME_TYPES} is missing: install Debian's nginx package`)

  const folder = await mkdtemp(join(tmpdir(), 'aegister-nginx-'))
  await chmod(folder, 0o755)
  const standIn = await startStandIn(await portFrom('SMOKE_STAND_IN_PORT'))
  const port = await portFrom('SMOKE_NGINX_PORT')
  const serverBlock = (await readFile(TEMPLATE, 'utf8'))
    .replaceAll('${PANEL_LISTEN}', `127.0.0.1:${port}`)
    .replaceAll('${PANEL_ROOT}', DIST)
    .replaceAll('${AEGISTER_UPSTREAM}', standIn.url)
    .replaceAll('${PANEL_ACCESS_LOG}', join(folder, 'panel-access.log'))
  await writeFile(join(folder, 'panel.conf'), serverBlock)
  await writeFile(join(folder, 'nginx.conf'), mainConfig(folder))

  const child = spawn(
    nginx,
    [
      '-p',
      folder,
      '-c',
      join(folder, 'nginx.conf'),
      '-e',
      join(folder, 'error.log'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopProcess(child)
    await stopProcess(standIn.child)
    await rm(folder, { recursive: true, force: true })
  }
  try {
    await waitForServer(origin, 10_000)
  } catch (error) {
    await stop()
    throw new Error(`nginx did not start: ${stderr}`, { cause: error })
  }
  return {
    origin,
    errorLog: () => readFile(join(folder, 'error.log'), 'utf8').catch(() => ''),
    accessLog: () =>
      readFile(join(folder, 'panel-access.log'), 'utf8').catch(() => ''),
    stop,
  }
}
