import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { organizationQueries } from '../../api/organizations'
import { useDebouncedValue } from './useDebouncedValue'

/** Time the typing must pause before the API is asked for a name. */
export const SEARCH_DELAY_MS = 300

/**
 * Returns the organizations the picker offers for the typed text. When the
 * first page contains every organization of the caller, the picker filters it
 * itself and no request is sent while typing. With more than a page, the
 * API searches by name (`name`, `limit`, `offset`), and scrolling to the
 * end of the list loads the next page.
 */
export function useOrganizationSearch(typed: string) {
  const first = useInfiniteQuery(organizationQueries.pages())
  const firstPage = first.data?.pages[0]
  const searchesOnServer =
    firstPage !== undefined && firstPage.total > firstPage.organizations.length
  const name = useDebouncedValue(typed.trim(), SEARCH_DELAY_MS)
  const searching = searchesOnServer && name !== ''
  const found = useInfiniteQuery({
    ...organizationQueries.pages(name),
    enabled: searching,
    placeholderData: keepPreviousData,
  })
  const active = searching ? found : first

  return {
    organizations:
      active.data?.pages.flatMap((page) => page.organizations) ?? [],
    isFetching: active.isFetching,
    error: active.error,
    loadMore: () => {
      if (active.hasNextPage && !active.isFetchingNextPage)
        void active.fetchNextPage()
    },
  }
}
