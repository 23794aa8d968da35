import * as z from 'zod/mini'

/** Page sizes the members table offers. */
export const PAGE_SIZES = [25, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 25

export const SORTABLE_COLUMNS = ['name', 'email', 'role'] as const
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number]

const SORT_VALUES = SORTABLE_COLUMNS.flatMap((column) => [column, `-${column}`])

/**
 * The members page's state in the URL, so a reload or a shared link shows
 * the same view. A value that does not parse falls back to its default
 * rather than breaking the page.
 */
export const membersSearchSchema = z.object({
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
