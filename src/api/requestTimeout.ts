/** Time a request may take before the client gives up on it, when the build sets none. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000

/** Bounds of `VITE_AEGISTER_TIMEOUT_MS`: shorter gives up on a healthy API, longer leaves a user staring at a spinner. */
export const MIN_REQUEST_TIMEOUT_MS = 1_000
export const MAX_REQUEST_TIMEOUT_MS = 120_000

/** Name of the build-time variable that sets the request timeout, in milliseconds. */
export const REQUEST_TIMEOUT_VARIABLE = 'VITE_AEGISTER_TIMEOUT_MS'

/**
 * Parses the request timeout set at build time. An unset or empty value
 * gives the default. Anything else must be a whole number of milliseconds
 * within the bounds, or this throws an Error that names the variable;
 * vite.config.ts calls it, so a bad value fails the build, not the page.
 */
export function parseRequestTimeout(value: string | undefined): number {
  const text = value?.trim() ?? ''
  if (text === '') return DEFAULT_REQUEST_TIMEOUT_MS
  const timeoutMs = Number(text)
  const valid =
    /^[0-9]+$/.test(text) &&
    timeoutMs >= MIN_REQUEST_TIMEOUT_MS &&
    timeoutMs <= MAX_REQUEST_TIMEOUT_MS
  if (!valid) {
    throw new Error(
      `${REQUEST_TIMEOUT_VARIABLE}: "${text}" is not a whole number of milliseconds from ${MIN_REQUEST_TIMEOUT_MS} to ${MAX_REQUEST_TIMEOUT_MS}; leave it unset for ${DEFAULT_REQUEST_TIMEOUT_MS}.`,
    )
  }
  return timeoutMs
}
