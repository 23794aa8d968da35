import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/apiError'

/** Times a failed query is sent again before its error shows. */
const MAX_QUERY_RETRIES = 2

/**
 * Only failures that may pass on their own are retried: no answer, a
 * timeout, or a 5xx. A 4xx or an answer of the wrong shape would come back
 * the same.
 */
export function isRetriable(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.kind === 'http' && (error.status ?? 0) >= 500
}

/**
 * Milliseconds to wait before the next try, given the failures before the
 * latest one (TanStack Query passes 0 after the first failure): 500 ms,
 * then 1 s, doubling up to 4 s.
 */
export function queryRetryDelay(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 4000)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < MAX_QUERY_RETRIES && isRetriable(error),
        retryDelay: queryRetryDelay,
        refetchOnWindowFocus: false,
        // A failed query is sent again by its Retry button, not because
        // another part of the page (the app bar's picker) mounts later,
        // which would repeat a request the API has just refused.
        retryOnMount: false,
      },
      // A write is never repeated by the panel: the user decides to retry.
      mutations: { retry: false },
    },
  })
}
