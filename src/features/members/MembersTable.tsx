import Checkbox from '@mui/material/Checkbox'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TablePagination from '@mui/material/TablePagination'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import {
  useTable,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
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
  const pageIndex = clampPageIndex(
    view.pageIndex,
    members.length,
    view.pageSize,
  )
  const sorting = useMemo<SortingState>(
    () => [{ id: view.sort.column, desc: view.sort.descending }],
    [view.sort],
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex, pageSize: view.pageSize }),
    [pageIndex, view.pageSize],
  )
  const table = useTable({
    features: memberTableFeatures,
    columns: memberColumns,
    data: members,
    getRowId: (member) => member.id,
    state: {
      sorting,
      pagination,
      rowSelection: management?.selection ?? NO_SELECTION,
    },
    onRowSelectionChange: management?.onSelectionChange,
    enableRowSelection: management !== null,
    enableSortingRemoval: false,
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
      <TableContainer>
        <Table
          aria-label={t('members.tableLabel', {
            organization: organizationName,
          })}
          size="small"
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
          <TableBody>
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
      </TableContainer>
      <TablePagination
        component="div"
        count={members.length}
        page={pageIndex}
        rowsPerPage={view.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_event, next) => onViewChange({ pageIndex: next })}
        onRowsPerPageChange={(event) =>
          onViewChange({
            pageIndex: 0,
            pageSize: Number(event.target.value) as PageSize,
          })
        }
        labelRowsPerPage={t('members.rowsPerPage')}
        labelDisplayedRows={({ page, count }) =>
          t('members.pageOf', {
            page: page + 1,
            pages: Math.max(1, Math.ceil(count / view.pageSize)),
          })
        }
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
