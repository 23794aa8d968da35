// vite.config.ts checks the build-time settings, so a bad value fails the build with the
// variable's name instead of shipping a panel that cannot start.

import { afterEach, describe, expect, it } from 'vitest'
import type { ConfigEnv, UserConfig } from 'vite'
import { SECURITY_HEADERS } from '../deploy/security-headers.ts'
import configure from '../vite.config.ts'

const VARIABLE = 'VITE_AEGISTER_TIMEOUT_MS'
const env = process.env as { VITE_AEGISTER_TIMEOUT_MS?: string }
const BUILD: ConfigEnv = { command: 'build', mode: 'production' }
const saved = env.VITE_AEGISTER_TIMEOUT_MS

function resolveConfig(): UserConfig {
  if (typeof configure !== 'function')
    throw new Error('vite.config.ts must export a config function')
  return configure(BUILD) as UserConfig
}

afterEach(() => {
  if (saved === undefined) delete env.VITE_AEGISTER_TIMEOUT_MS
  else env.VITE_AEGISTER_TIMEOUT_MS = saved
})

describe('vite.config.ts', () => {
  it('accepts a timeout within the bounds', () => {
    env.VITE_AEGISTER_TIMEOUT_MS = '20000'
    expect(() => resolveConfig()).not.toThrow()
  })

  it('rejects a timeout the panel would refuse', () => {
    env.VITE_AEGISTER_TIMEOUT_MS = '15 seconds'
    expect(() => resolveConfig()).toThrow(VARIABLE)
  })

  it('serves preview with the security headers', () => {
    delete env.VITE_AEGISTER_TIMEOUT_MS
    expect(resolveConfig().preview?.headers).toEqual(SECURITY_HEADERS)
  })
})
