// Starts the system Chromium with a DevTools port on 127.0.0.1, for Lighthouse.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.ts'

const STARTUP_TIMEOUT_MS = 30_000

export interface ChromiumProcess {
  /** DevTools port on 127.0.0.1. */
  port: number
  stop: () => Promise<void>
}

/**
 * Launches headless Chromium with its own temporary profile. Host names
 * other than 127.0.0.1 resolve to nothing, so no request leaves the
 * machine whatever a page or an audit asks for.
 */
export async function launchChromium(): Promise<ChromiumProcess> {
  const profile = await mkdtemp(join(tmpdir(), 'aegister-bench-'))
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    process.off('exit', killOnExit)
    await stopChild(child)
    await rm(profile, { recursive: true, force: true })
  }
  try {
    const port = await readDevToolsPort(child)
    return { port, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function readDevToolsPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Chromium printed no DevTools address within ${STARTUP_TIMEOUT_MS} ms:\n${output}`,
          ),
        ),
      STARTUP_TIMEOUT_MS,
    )
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(
        output,
      )
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited with code ${code}:\n${output}`))
    })
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
