import Checkbox from '@mui/material/Checkbox'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import {
  useTable,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ScrollingTableContainer } from '../../components/ScrollingTableContainer'
import { TablePager } from '../../components/TablePager'
import { memberColumns, memberTableFeatures } from './memberColumns'
import { MemberRow, type MemberRowActions } from './MemberRow'
import {
  clampPageIndex,
  PAGE_SIZES,
  type MembersView,
  type PageSize,
  type SortableColumn,
} from './membersSearch'

/** What an owner gets on top of the read-only table: selection and row actions. */
export interface TableManagement extends MemberRowActions {
  selection: RowSelectionState
  onSelectionChange: (updater: Updater<RowSelectionState>) => void
  /** Owners in the whole organization, not only in the filtered rows. */
  ownerCount: number
  /** Members whose write is waiting for the API. */
  pendingIds: ReadonlySet<string>
}

interface MembersTableProps {
  /** The members that match the filters; the table sorts and pages them. */
  members: Member[]
  organizationName: string
  view: MembersView
  onViewChange: (changes: Partial<MembersView>) => void
  /** Null for a caller who cannot change members. */
  management: TableManagement | null
}

const HEADERS: { id: SortableColumn; labelKey: string }[] = [
  { id: 'name', labelKey: 'members.columns.name' },
  { id: 'email', labelKey: 'members.columns.email' },
]

const NO_SELECTION: RowSelectionState = {}

export function MembersTable({
  members,
  organizationName,
  view,
  onViewChange,
  management,
}: MembersTableProps) {
  const { t } = useTranslation()
  // Keyed on the values, not on view.sort, which is a new object on every
  // render of the page: a new sorting state makes the table sort every
  // row again, tens of milliseconds for 10,000 members.
  const { column: sortColumn, descending } = view.sort
  const pageIndex = clampPageIndex(
    view.pageIndex,
    members.length,
    view.pageSize,
  )
  const sorting = useMemo<SortingState>(
    () => [{ id: sortColumn, desc: descending }],
    [sortColumn, descending],
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex, pageSize: view.pageSize }),
    [pageIndex, view.pageSize],
  )
  // The header and the pager show a new view at once. The rows follow in a
  // background render, so a click on a large list paints before the sort.
  const deferredSorting = useDeferredValue(sorting)
  const deferredPagination = useDeferredValue(pagination)
  const table = useTable({
    features: memberTableFeatures,
    columns: memberColumns,
    data: members,
    getRowId: (member) => member.id,
    state: {
      sorting: deferredSorting,
      pagination: deferredPagination,
      rowSelection: management?.selection ?? NO_SELECTION,
    },
    onRowSelectionChange: management?.onSelectionChange,
    enableRowSelection: management !== null,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
  })
  const rows = table.getRowModel().rows
  const stale = deferredSorting !== sorting || deferredPagination !== pagination

  const sortBy = (column: SortableColumn) => {
    const descending =
      view.sort.column === column ? !view.sort.descending : false
    onViewChange({ sort: { column, descending }, pageIndex: 0 })
  }

  return (
    <Paper variant="outlined">
      <ScrollingTableContainer>
        <Table
          aria-label={t('members.tableLabel', {
            organization: organizationName,
          })}
          size="small"
          // Narrow padding on phones, so more of the table fits before it scrolls.
          sx={{ '& .MuiTableCell-root': { px: { xs: 1, sm: 2 } } }}
        >
          <TableHead>
            <TableRow>
              {management && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={table.getIsAllPageRowsSelected()}
                    indeterminate={
                      table.getIsSomePageRowsSelected() &&
                      !table.getIsAllPageRowsSelected()
                    }
                    onChange={table.getToggleAllPageRowsSelectedHandler()}
                    slotProps={{
                      input: { 'aria-label': t('members.selectPage') },
                    }}
                  />
                </TableCell>
              )}
              {HEADERS.map(({ id, labelKey }) => (
                <SortableHeader
                  key={id}
                  label={t(labelKey)}
                  active={view.sort.column === id}
                  descending={view.sort.descending}
                  onSort={() => sortBy(id)}
                />
              ))}
              <TableCell
                scope="col"
                sx={{ display: { xs: 'none', md: 'table-cell' } }}
              >
                {t('members.columns.username')}
              </TableCell>
              <SortableHeader
                label={t('members.columns.role')}
                active={view.sort.column === 'role'}
                descending={view.sort.descending}
                onSort={() => sortBy('role')}
              />
              {management && (
                <TableCell scope="col" align="right">
                  {t('members.columns.actions')}
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody aria-busy={stale || undefined}>
            {rows.map((row) => (
              <MemberRow
                key={row.id}
                member={row.original}
                management={
                  management && {
                    ...management,
                    selected: row.getIsSelected(),
                    onToggleSelected: row.getToggleSelectedHandler(),
                    lastOwner:
                      row.original.role === 'owner' &&
                      management.ownerCount === 1,
                    pending: management.pendingIds.has(row.id),
                  }
                }
              />
            ))}
          </TableBody>
        </Table>
      </ScrollingTableContainer>
      <TablePager
        count={members.length}
        page={pageIndex}
        rowsPerPage={view.pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(next) => onViewChange({ pageIndex: next })}
        onRowsPerPageChange={(pageSize) =>
          onViewChange({ pageIndex: 0, pageSize: pageSize as PageSize })
        }
        labels={{
          rowsPerPage: t('members.rowsPerPage'),
          // The line above the table says which rows show; the pager counts pages.
          displayedRows: ({ count }) =>
            t('members.pageOf', {
              page: pageIndex + 1,
              pages: Math.max(1, Math.ceil(count / view.pageSize)),
            }),
          previousPage: t('members.previousPage'),
          nextPage: t('members.nextPage'),
        }}
      />
    </Paper>
  )
}

interface SortableHeaderProps {
  label: string
  active: boolean
  descending: boolean
  onSort: () => void
}

function SortableHeader({
  label,
  active,
  descending,
  onSort,
}: SortableHeaderProps) {
  const direction = active && descending ? 'desc' : 'asc'
  return (
    <TableCell sortDirection={active ? direction : false} scope="col">
      <TableSortLabel active={active} direction={direction} onClick={onSort}>
        {label}
      </TableSortLabel>
    </TableCell>
  )
}
