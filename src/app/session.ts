import type { QueryClient } from '@tanstack/react-query'
import { configureClient } from '../api/client'
import { parseRequestTimeout } from '../api/requestTimeout'
import { clearChangeLog } from '../components/changeLog'
import { clearToken, getToken } from '../features/session/tokenStore'
import type { createAppRouter } from './router'

type AppRouter = ReturnType<typeof createAppRouter>

/** Forgets the token and everything fetched with it, then shows sign-in. */
export function signOut(
  router: AppRouter,
  queryClient: QueryClient,
  reason: 'signed-out' | 'expired',
): void {
  clearToken()
  // Stops fetches and retries in flight, which would go out without a token.
  void queryClient.cancelQueries()
  // The change log names people, so an explicit sign-out forgets it too.
  // After a rejected token it stays, so the user can still export it.
  if (reason === 'signed-out') clearChangeLog()
  const redirect = reason === 'expired' ? router.state.location.href : undefined
  // The cache is cleared once the page that read it is gone. Cleared while
  // that page is still mounted, its queries would fetch again at once, with
  // no token, and meet another 401.
  void router
    .navigate({ to: '/sign-in', search: { reason, redirect }, replace: true })
    .finally(() => queryClient.clear())
}

/**
 * Connects the API client to the stored token and to the timeout set at
 * build time by `VITE_AEGISTER_TIMEOUT_MS`. A 401 signs the user out
 * once: the token is cleared on the first one, so later 401s from
 * requests already in flight find no token and do nothing.
 */
export function connectClient(
  router: AppRouter,
  queryClient: QueryClient,
): void {
  configureClient({
    timeoutMs: parseRequestTimeout(import.meta.env.VITE_AEGISTER_TIMEOUT_MS),
    getToken,
    onUnauthorized: () => {
      if (getToken()) signOut(router, queryClient, 'expired')
    },
  })
}
