import { existsSync } from 'node:fs'

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Finds the system Chromium: `CHROMIUM_PATH`, else Debian's
 * `/usr/bin/chromium`. Playwright never downloads a browser here.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  const found = candidates.find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  )
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    )
  }
  return found
}
