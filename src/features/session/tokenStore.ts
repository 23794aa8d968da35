import { useSyncExternalStore } from 'react'

/** Key under which the token is kept in sessionStorage or localStorage. */
export const TOKEN_STORAGE_KEY = 'aegister.token'

type Listener = () => void
const listeners = new Set<Listener>()

function readStored(): string | null {
  try {
    return (
      sessionStorage.getItem(TOKEN_STORAGE_KEY) ??
      localStorage.getItem(TOKEN_STORAGE_KEY)
    )
  } catch {
    // Storage can be disabled by the browser; the user then signs in per page load.
    return null
  }
}

let token: string | null = readStored()

function emit(): void {
  for (const listener of listeners) listener()
}

export function getToken(): string | null {
  return token
}

/**
 * Stores the token for this tab, or on this device when `remember` is
 * set. Only one of the two storages ever holds it.
 */
export function storeToken(value: string, remember: boolean): void {
  token = value
  try {
    const [keep, drop] = remember
      ? [localStorage, sessionStorage]
      : [sessionStorage, localStorage]
    keep.setItem(TOKEN_STORAGE_KEY, value)
    drop.removeItem(TOKEN_STORAGE_KEY)
  } catch {
    // Without storage the token lives in memory until the page reloads.
  }
  emit()
}

export function clearToken(): void {
  token = null
  try {
    sessionStorage.removeItem(TOKEN_STORAGE_KEY)
    localStorage.removeItem(TOKEN_STORAGE_KEY)
  } catch {
    // Nothing was stored.
  }
  emit()
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, getToken)
}
