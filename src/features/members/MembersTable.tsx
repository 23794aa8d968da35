import Checkbox from '@mui/material/Checkbox'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import {
  useTable,
  type PaginationState,
  type RowSelectionState,
  type Updater,
} from '@tanstack/react-table'
import { memo, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ScrollingTableContainer } from '../../components/ScrollingTableContainer'
import { TablePager } from '../../components/TablePager'
import { memberColumns, memberTableFeatures } from './memberColumns'
import type { MemberRowActions } from './MemberRow'
import { MembersTableBody } from './MembersTableBody'
import {
  clampPageIndex,
  PAGE_SIZES,
  type MembersView,
  type PageSize,
  type SortableColumn,
} from './membersSearch'

/** What an owner gets on top of the read-only table: selection and row actions. */
export interface TableManagement {
  /** One object for the page's life, so rows skip re-rendering. */
  actions: MemberRowActions
  selection: RowSelectionState
  onSelectionChange: (updater: Updater<RowSelectionState>) => void
  /** Owners in the whole organization, not only in the filtered rows. */
  ownerCount: number
  /** Members whose write is waiting for the API. */
  pendingIds: ReadonlySet<string>
}

interface MembersTableProps {
  /** The members that match the filters, in the order of `view.sort`; the table pages them. */
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

/**
 * Shows a page of members. Memoized, so that a render of the page that
 * changes none of the props (a keystroke in the search box before its
 * results, a dialog opening) skips the table. StaleMatchesContext marks
 * its body busy.
 */
export const MembersTable = memo(function MembersTable({
  members,
  organizationName,
  view,
  onViewChange,
  management,
}: MembersTableProps) {
  const { t } = useTranslation()
  const pageIndex = clampPageIndex(
    view.pageIndex,
    members.length,
    view.pageSize,
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex, pageSize: view.pageSize }),
    [pageIndex, view.pageSize],
  )
  // The pager shows a new page at once. The rows follow in a background
  // render, so a click on a large list paints before the rows change.
  const deferredPagination = useDeferredValue(pagination)
  const table = useTable({
    features: memberTableFeatures,
    columns: memberColumns,
    data: members,
    getRowId: (member) => member.id,
    state: {
      pagination: deferredPagination,
      rowSelection: management?.selection ?? NO_SELECTION,
    },
    onRowSelectionChange: management?.onSelectionChange,
    enableRowSelection: management !== null,
    autoResetPageIndex: false,
  })
  const rows = table.getRowModel().rows

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
          <MembersTableBody
            rows={rows}
            management={management}
            pagePending={deferredPagination !== pagination}
          />
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
})

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
