// Performance goals of the panel, shared by the end-to-end gates and `npm run bench`.
// Sizes are in bytes; 1 KiB is 1024 bytes.

export const KIB = 1024

/**
 * Most gzip bytes of JavaScript and CSS a route may download before its
 * first screen, each file gzipped on its own at zlib's default level.
 */
export const ROUTE_BYTE_BUDGETS = {
  'sign-in': 165 * KIB,
  members: 225 * KIB,
} as const

export type MeasuredRoute = keyof typeof ROUTE_BYTE_BUDGETS

/** Goals for the members page of a 10,000-member organization against a 100-member one. */
export const SCALING_GOALS = {
  /** Time from navigation to the first rows on screen. */
  timeRatio: 1.3,
  /** DOM elements of the page once the rows show. */
  domRatio: 1.1,
}

/** Worst Event Timing duration of each measured interaction, with the CPU slowed 4×. */
export const INTERACTION_GOAL_MS = 100
export const CPU_SLOWDOWN = 4

/** Lighthouse category scores, 0 to 100, as the median of the runs of each preset. */
export const LIGHTHOUSE_GOALS = {
  performance: 97,
  accessibility: 100,
  'best-practices': 100,
} as const

export function toKib(bytes: number): string {
  return (bytes / KIB).toFixed(1)
}
