import { useDeferredValue, useEffect, useMemo } from 'react'
import type { Member, MemberList } from '../../api/members'
import { filterMembers, prepareSearchTexts } from './memberFilter'
import { sortMembers } from './memberOrder'
import type { MembersView } from './membersSearch'

export interface MemberMatches {
  /** The members that match the search and the role filter, in the order of the sort. */
  matching: Member[]
  /** The search text the matches were computed with. */
  query: string
  /** The view for the table: page 1 while the search is newer than the URL. */
  view: MembersView
  /** The matches are of an earlier search, filter or sort, and a background render computes newer ones. */
  stale: boolean
}

/**
 * Filters and sorts the members for the table in a background render, so
 * that a keystroke or a click paints at once, even with 10,000 members.
 * `searchText` is what the search box shows, which the URL follows later.
 * The whole list is sorted once per sort, and each search filters the
 * sorted list, which keeps its order.
 */
export function useMemberMatches(
  list: MemberList | undefined,
  view: MembersView,
  searchText: string,
): MemberMatches {
  const query = useDeferredValue(searchText)
  const role = useDeferredValue(view.role)
  const { column, descending } = view.sort
  const sort = useMemo(() => ({ column, descending }), [column, descending])
  const deferredSort = useDeferredValue(sort)

  useEffect(() => {
    if (list) prepareSearchTexts(list.members)
  }, [list])

  const sorted = useMemo(
    () => (list ? sortMembers(list.members, deferredSort) : []),
    [list, deferredSort],
  )
  const matching = useMemo(
    () => filterMembers(sorted, { query, role }),
    [sorted, query, role],
  )
  // The URL resets the page when it gets the search; until then the
  // table already shows the first page of the new matches.
  const pageIndex = query === view.query ? view.pageIndex : 0
  const tableView = useMemo(
    () => (pageIndex === view.pageIndex ? view : { ...view, pageIndex }),
    [view, pageIndex],
  )

  return {
    matching,
    query,
    view: tableView,
    stale: query !== searchText || role !== view.role || deferredSort !== sort,
  }
}
