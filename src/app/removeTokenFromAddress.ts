/** Query parameter names under which a token could arrive in a link. */
const TOKEN_PARAMETERS = ['X-Aegister-Token', 'x-aegister-token', 'token']

/**
 * Takes a token out of the address bar before anything else runs, so it
 * is not kept in history, bookmarks or a screenshot. It is not used: a
 * token belongs in the sign-in form, not in a link.
 */
export function removeTokenFromAddress(): void {
  const url = new URL(window.location.href)
  const found = TOKEN_PARAMETERS.filter((name) => url.searchParams.has(name))
  if (found.length === 0) return
  for (const name of found) url.searchParams.delete(name)
  window.history.replaceState(window.history.state, '', url)
}

// Runs on import: main.tsx imports this module first, before the router reads the address.
removeTokenFromAddress()
