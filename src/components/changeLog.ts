import { useSyncExternalStore } from 'react'
import type { Role } from '../api/roles'

/** Key of the change log in sessionStorage: it lasts as long as the tab. */
export const CHANGE_LOG_STORAGE_KEY = 'aegister.changes'

/** Most entries kept; older ones are dropped first. */
export const MAX_CHANGE_LOG_ENTRIES = 1000

export type ChangeAction = 'role' | 'invite' | 'remove'

/** One write this browser session sent, for access reviews. */
export interface ChangeEntry {
  /** ISO 8601 time the API answered. */
  at: string
  organizationId: number
  organizationName: string
  /** Name or email of the member, as shown in the table. */
  member: string
  email: string
  action: ChangeAction
  /** Role before the change; null when there was none (an invitation) or it was unknown. */
  from: Role | null
  /** Role after the change; null for a removal. */
  to: Role | null
  result: 'succeeded' | 'failed'
  /** The failure in words, for a failed change. */
  error?: string
}

type Listener = () => void
const listeners = new Set<Listener>()

function read(): ChangeEntry[] {
  try {
    const stored = sessionStorage.getItem(CHANGE_LOG_STORAGE_KEY)
    return stored ? (JSON.parse(stored) as ChangeEntry[]) : []
  } catch {
    return []
  }
}

let entries: ChangeEntry[] = read()

export function recordChange(entry: Omit<ChangeEntry, 'at'>): void {
  const next = [...entries, { ...entry, at: new Date().toISOString() }]
  entries = next.slice(-MAX_CHANGE_LOG_ENTRIES)
  try {
    sessionStorage.setItem(CHANGE_LOG_STORAGE_KEY, JSON.stringify(entries))
  } catch {
    // Without storage the log lasts until the page reloads.
  }
  for (const listener of listeners) listener()
}

/** Forgets the log; signing out calls this, since it names people. */
export function clearChangeLog(): void {
  entries = []
  try {
    sessionStorage.removeItem(CHANGE_LOG_STORAGE_KEY)
  } catch {
    // Nothing was stored.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const getEntries = () => entries

export function useChangeLog(): ChangeEntry[] {
  return useSyncExternalStore(subscribe, getEntries, getEntries)
}
