// vite.config.ts checks the build-time settings, so a bad value fails the build with the
// variable's name instead of shipping a panel that cannot start.

import { afterEach, describe, expect, it } from 'vitest'
import type { ConfigEnv, UserConfig } from 'vite'
import { SECURITY_HEADERS } from '../deploy/security-headers.ts'
import configure from '../vite.config.ts'

const VARIABLE = 'VITE_AEGISTER_TIMEOUT_MS'
const BUILD: ConfigEnv = { command: 'build', mode: 'production' }
const saved = process.env[VARIABLE]

function resolveConfig(): UserConfig {
  if (typeof configure !== 'function')
    throw new Error('vite.config.ts must export a config function')
  return configure(BUILD) as UserConfig
}

afterEach(() => {
  if (saved === undefined) delete process.env[VARIABLE]
  else process.env[VARIABLE] = saved
})

describe('vite.config.ts', () => {
  it('accepts a timeout within the bounds', () => {
    process.env[VARIABLE] = '20000'
    expect(() => resolveConfig()).not.toThrow()
  })

  it('rejects a timeout the panel would refuse', () => {
    process.env[VARIABLE] = '15 seconds'
    expect(() => resolveConfig()).toThrow(VARIABLE)
  })

  it('serves preview with the security headers', () => {
    delete process.env[VARIABLE]
    expect(resolveConfig().preview?.headers).toEqual(SECURITY_HEADERS)
  })
})
