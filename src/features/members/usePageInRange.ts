import { useEffect } from 'react'
import { clampPageIndex, type MembersView } from './membersSearch'

/**
 * Replaces a page number past the last page in the URL with the last
 * page, once `ready` is true because the matches are known. The table
 * already shows that page, and the URL then agrees with it, so a reload
 * or a shared link shows the same rows. This happens after a hand-edited
 * link or after removing the last member of the last page.
 */
export function usePageInRange(
  { pageIndex, pageSize }: MembersView,
  matchCount: number,
  ready: boolean,
  change: (
    changes: Partial<MembersView>,
    options: { replace: boolean },
  ) => void,
): void {
  const pageShown = clampPageIndex(pageIndex, matchCount, pageSize)

  useEffect(() => {
    if (ready && pageShown !== pageIndex)
      change({ pageIndex: pageShown }, { replace: true })
  }, [ready, pageShown, pageIndex, change])
}
