import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { Member } from '../../api/members'
import { memberDisplayName } from './memberName'
import { compareMembers, compareText } from './memberOrder'

/**
 * The table sorts, pages and selects rows. The search and the role filter
 * run before it (filterMembers), so it gets only the matches.
 */
export const memberTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
})

const column = createColumnHelper<typeof memberTableFeatures, Member>()

export const memberColumns = column.columns([
  column.accessor((member) => memberDisplayName(member), {
    id: 'name',
    sortFn: (a, b) => compareText(a.getValue('name'), b.getValue('name')),
  }),
  column.accessor('email', {
    id: 'email',
    sortFn: (a, b) => compareMembers.email(a.original, b.original),
  }),
  column.accessor((member) => member.role, {
    id: 'role',
    sortFn: (a, b) => compareMembers.role(a.original, b.original),
  }),
])
