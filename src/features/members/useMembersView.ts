import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import {
  searchFromView,
  viewFromSearch,
  type MembersView,
} from './membersSearch'

const routeApi = getRouteApi(
  '/authenticated/organizations/$organizationId/members',
)

/**
 * Reads the table's view from the URL and writes changes to it. A change adds a
 * history entry, so back and forward step through views, unless the
 * caller asks to replace it, as the search box does while typing. The
 * view and `change` keep their identity until the URL changes, so
 * memoized parts of the page can skip a render.
 */
export function useMembersView(): {
  view: MembersView
  change: (
    changes: Partial<MembersView>,
    options?: { replace?: boolean },
  ) => void
} {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()

  const change = useCallback(
    (
      changes: Partial<MembersView>,
      { replace = false }: { replace?: boolean } = {},
    ) => {
      void navigate({
        search: (previous) =>
          searchFromView({ ...viewFromSearch(previous), ...changes }),
        replace,
      })
    },
    [navigate],
  )
  const view = useMemo(() => viewFromSearch(search), [search])

  return { view, change }
}
