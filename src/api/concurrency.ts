/**
 * Requests the panel sends at once when it works through a list: enough
 * to finish a batch of 50 quickly, few enough not to flood the API.
 */
export const REQUEST_CONCURRENCY = 3

/**
 * Calls `task` for every item, at most `limit` at a time, starting them
 * in list order. Resolves when all have settled, with each outcome at its
 * item's index; a failing task does not stop the others.
 */
export async function settleWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0

  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      try {
        const value = await task(items[index] as T, index)
        results[index] = { status: 'fulfilled', value }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }

  const workers = Math.max(1, Math.min(limit, items.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return results
}
