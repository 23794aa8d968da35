import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../api/roles'
import { useAnnounce } from '../../components/Announcer'

interface MatchFilters {
  query: string
  role: Role | undefined
}

/**
 * Announces "N members match" once for each search and role filter the
 * user applies, once `ready` is true because the table shows them. A list
 * refreshed after a write keeps the filters, so it announces nothing and
 * the write's own confirmation is not talked over.
 */
export function useMatchAnnouncement(
  { query, role }: MatchFilters,
  count: number,
  ready: boolean,
): void {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const announced = useRef<string | null>(null)
  const filtered = query !== '' || role !== undefined
  const key = filtered ? JSON.stringify([query, role ?? null]) : null

  useEffect(() => {
    if (key === null) {
      announced.current = null
      return
    }
    if (!ready || announced.current === key) return
    announced.current = key
    announce(t('members.matches', { count }))
  }, [announce, t, key, ready, count])
}
