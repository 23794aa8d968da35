// Reads stand-in options from environment variables, for the Vite plugin and server.ts.

import type { SeedOptions } from './seed.ts'

export const SCALE_VARIABLE = 'AEGISTER_STAND_IN_SCALE'
export const LARGE_SIZE_VARIABLE = 'AEGISTER_STAND_IN_LARGE_SIZE'
/** Set to 1 to add the organizations with markup in their fields (seed-hostile.ts). */
export const HOSTILE_VARIABLE = 'AEGISTER_STAND_IN_HOSTILE'
/** Request logging is on when DEBUG names this namespace, as in DEBUG=aegister:stand-in, or is "*" or "vite:*". */
export const DEBUG_NAMESPACE = 'aegister:stand-in'

type Environment = Record<string, string | undefined>

/**
 * Returns the seed options set by AEGISTER_STAND_IN_SCALE (comma-separated member counts,
 * e.g. "100,10000"), AEGISTER_STAND_IN_LARGE_SIZE (members of the large organization) and
 * AEGISTER_STAND_IN_HOSTILE (1 adds the organizations with markup in their fields).
 * Throws an Error naming the variable when a value is not a positive integer.
 */
export function seedOptionsFromEnvironment(env: Environment): SeedOptions {
  const options: SeedOptions = {}
  const scale = env[SCALE_VARIABLE]?.trim()
  if (scale) {
    options.scaleOrganizations = scale
      .split(',')
      .map((item) => parsePositiveInteger(SCALE_VARIABLE, item))
  }
  const largeSize = env[LARGE_SIZE_VARIABLE]?.trim()
  if (largeSize) {
    options.largeOrganizationSize = parsePositiveInteger(
      LARGE_SIZE_VARIABLE,
      largeSize,
    )
  }
  const hostile = env[HOSTILE_VARIABLE]?.trim()
  if (hostile) {
    if (hostile !== '0' && hostile !== '1') {
      throw new Error(
        `${HOSTILE_VARIABLE}: "${hostile}" is not 0 or 1; set ${HOSTILE_VARIABLE}=1 to add the organizations with markup in their fields`,
      )
    }
    options.hostileOrganizations = hostile === '1'
  }
  return options
}

export function isRequestLoggingEnabled(env: Environment): boolean {
  const namespaces = (env.DEBUG ?? '').split(',').map((item) => item.trim())
  return namespaces.some(
    (item) => item === DEBUG_NAMESPACE || item === '*' || item === 'vite:*',
  )
}

function parsePositiveInteger(variable: string, text: string): number {
  const value = Number(text.trim())
  if (
    !/^[0-9]+$/.test(text.trim()) ||
    !Number.isSafeInteger(value) ||
    value < 1
  ) {
    throw new Error(
      `${variable}: "${text}" is not a positive integer; expected e.g. ${variable}=100,10000`,
    )
  }
  return value
}
