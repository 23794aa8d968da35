import { describe, expect, it } from 'vitest'
import { runLimited } from './runLimited'

describe('runLimited', () => {
  it.each([
    { items: 0, limit: 4, maxRunning: 0 },
    { items: 3, limit: 4, maxRunning: 3 },
    { items: 10, limit: 4, maxRunning: 4 },
    { items: 5, limit: 1, maxRunning: 1 },
  ])(
    '$items items, at most $limit at once',
    async ({ items, limit, maxRunning }) => {
      let running = 0
      let highest = 0
      const started: number[] = []
      await runLimited(
        Array.from({ length: items }, (_, index) => index),
        limit,
        async (item) => {
          started.push(item)
          running += 1
          highest = Math.max(highest, running)
          await new Promise((resolve) => setTimeout(resolve, 5))
          running -= 1
        },
      )
      expect(highest).toBe(maxRunning)
      expect(started).toEqual(
        Array.from({ length: items }, (_, index) => index),
      )
    },
  )
})
