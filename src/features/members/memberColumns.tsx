import {
  createPaginatedRowModel,
  rowPaginationFeature,
  rowSelectionFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table'
import type { Member } from '../../api/members'

/**
 * The table pages and selects rows. The page filters and sorts the members
 * before (filterMembers, sortMembers), because it sorts the whole list once
 * per sort, where the table would sort the matches again on every search.
 */
export const memberTableFeatures = tableFeatures({
  rowPaginationFeature,
  rowSelectionFeature,
  paginatedRowModel: createPaginatedRowModel(),
})

/** No column definitions: MemberRow renders the cells from the member itself. */
export const memberColumns: ColumnDef<typeof memberTableFeatures, Member>[] = []
