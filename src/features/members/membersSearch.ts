import * as z from 'zod/mini'
import { ROLES, type Role } from '../../api/roles'

/** Page sizes the members table offers. */
export const PAGE_SIZES = [25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25

export const SORTABLE_COLUMNS = ['name', 'email', 'role'] as const
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number]

const SORT_VALUES = SORTABLE_COLUMNS.flatMap((column) => [column, `-${column}`])

/**
 * The router parses each search value as JSON when it can, so a link
 * typed by hand as `?q=2024`, `?q=true` or `?q=[1,2]` arrives as a
 * number, a boolean or an array. Each is read back as the text typed.
 */
const searchText = z.pipe(
  z.unknown(),
  z.transform((value) =>
    typeof value === 'string' ? value : JSON.stringify(value),
  ),
)

/**
 * The members page's state in the URL, so a reload, the back and forward
 * buttons and a shared link show the same view. A value that does not
 * parse falls back to its default rather than breaking the page.
 */
export const membersSearchSchema = z.object({
  q: z.catch(z.optional(searchText), undefined),
  role: z.catch(z.optional(z.enum(ROLES)), undefined),
  sort: z.catch(
    z.optional(z.enum(SORT_VALUES as [string, ...string[]])),
    undefined,
  ),
  page: z.catch(z.optional(z.number().check(z.int(), z.minimum(1))), undefined),
  size: z.catch(
    z.optional(z.union(PAGE_SIZES.map((size) => z.literal(size)))),
    undefined,
  ),
})

export type MembersSearch = z.infer<typeof membersSearchSchema>

export interface SortState {
  column: SortableColumn
  descending: boolean
}

/** What the table shows, with every default filled in. */
export interface MembersView {
  /** The search text as typed; matching ignores spaces around it. */
  query: string
  role: Role | undefined
  sort: SortState
  /** Zero-based page index. */
  pageIndex: number
  pageSize: PageSize
}

export function parseSort(sort: string | undefined): SortState {
  const descending = sort?.startsWith('-') ?? false
  const column = (sort?.replace(/^-/, '') ?? 'name') as SortableColumn
  return {
    column: SORTABLE_COLUMNS.includes(column) ? column : 'name',
    descending,
  }
}

export function formatSort({
  column,
  descending,
}: SortState): string | undefined {
  if (column === 'name' && !descending) return undefined
  return descending ? `-${column}` : column
}

export function viewFromSearch(search: MembersSearch): MembersView {
  return {
    query: search.q ?? '',
    role: search.role,
    sort: parseSort(search.sort),
    pageIndex: (search.page ?? 1) - 1,
    pageSize: search.size ?? DEFAULT_PAGE_SIZE,
  }
}

/** The search parameters of a view; defaults are left out of the URL. */
export function searchFromView(view: MembersView): MembersSearch {
  return {
    q: view.query === '' ? undefined : view.query,
    role: view.role,
    sort: formatSort(view.sort),
    page: view.pageIndex > 0 ? view.pageIndex + 1 : undefined,
    size: view.pageSize === DEFAULT_PAGE_SIZE ? undefined : view.pageSize,
  }
}

/** The page index to show: the requested one, or the last page when fewer rows remain. */
export function clampPageIndex(
  pageIndex: number,
  rowCount: number,
  pageSize: number,
): number {
  const lastPage = Math.max(0, Math.ceil(rowCount / pageSize) - 1)
  return Math.min(Math.max(0, pageIndex), lastPage)
}
