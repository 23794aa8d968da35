// A small seeded pseudo-random number generator, so every seeded store is identical.

export interface Random {
  /** Returns a number in [0, 1). */
  next(): number
  /** Returns an integer in [0, max). */
  integer(max: number): number
  pick<T>(items: readonly T[]): T
  /** Returns a version 4 UUID built from the generator's output. */
  uuid(): string
}

/** Creates a mulberry32 generator, which returns the same sequence for the same seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }

  function integer(max: number): number {
    return Math.floor(next() * max)
  }

  function pick<T>(items: readonly T[]): T {
    const item = items[integer(items.length)]
    if (item === undefined) {
      throw new RangeError('pick() needs a non-empty array')
    }
    return item
  }

  function uuid(): string {
    const bytes = Array.from({ length: 16 }, () => integer(256))
    // Version 4 in the high nibble of byte 6, RFC 4122 variant in the top bits of byte 8.
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      hex.slice(12, 16),
      hex.slice(16, 20),
      hex.slice(20),
    ].join('-')
  }

  return { next, integer, pick, uuid }
}
