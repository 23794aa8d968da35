import { describe, expect, it } from 'vitest'
import { settleWithLimit } from './concurrency'

/** A promise with its resolve and reject, to finish tasks in a chosen order. */
function deferred() {
  let resolve: () => void = () => {}
  let reject: (error: Error) => void = () => {}
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve
    reject = onReject
  })
  return { promise, resolve, reject }
}

describe('settleWithLimit', () => {
  it('runs at most the limit at once, in list order', async () => {
    const gates = Array.from({ length: 7 }, deferred)
    const started: number[] = []
    let running = 0
    let maxRunning = 0

    const done = settleWithLimit(gates, 3, async (gate, index) => {
      started.push(index)
      running++
      maxRunning = Math.max(maxRunning, running)
      await gate.promise
      running--
      return index
    })
    await Promise.resolve()
    expect(started).toEqual([0, 1, 2])

    for (const gate of gates) {
      gate.resolve()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    const results = await done

    expect(maxRunning).toBe(3)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(results.map((result) => result.status)).toEqual(
      Array(7).fill('fulfilled'),
    )
  })

  it('keeps going after a failure and reports it at its index', async () => {
    const results = await settleWithLimit([1, 2, 3], 2, async (item) => {
      if (item === 2) throw new Error('two failed')
      return item * 10
    })

    expect(results[0]).toEqual({ status: 'fulfilled', value: 10 })
    expect(results[1]?.status).toBe('rejected')
    expect(results[2]).toEqual({ status: 'fulfilled', value: 30 })
  })

  it('resolves at once for no items', async () => {
    expect(await settleWithLimit([], 3, async () => 1)).toEqual([])
  })
})
