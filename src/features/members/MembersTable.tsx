import Button from '@mui/material/Button'
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
  type SortingState,
} from '@tanstack/react-table'
import { memo, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ScrollingTableContainer } from '../../components/ScrollingTableContainer'
import { TablePager } from '../../components/TablePager'
import { memberColumns, memberTableFeatures } from './memberColumns'
import { memberDisplayName } from './memberName'
import {
  PAGE_SIZES,
  type SortableColumn,
  type SortState,
} from './membersSearch'
import { RoleLabel } from './RoleLabel'

export interface TableView {
  sort: SortState
  /** Zero-based page index. */
  pageIndex: number
  pageSize: number
}

interface MembersTableProps {
  members: Member[]
  organizationName: string
  view: TableView
  onViewChange: (view: TableView) => void
  onEdit?: ((member: Member) => void) | undefined
}

const HEADERS: { id: SortableColumn; labelKey: string }[] = [
  { id: 'name', labelKey: 'members.columns.name' },
  { id: 'email', labelKey: 'members.columns.email' },
  { id: 'role', labelKey: 'members.columns.role' },
]

export function MembersTable({
  members,
  organizationName,
  view,
  onViewChange,
  onEdit,
}: MembersTableProps) {
  const { t } = useTranslation()
  // Keyed on the values, not on view.sort, which is a new object on every
  // render of the page: a new sorting state makes the table sort every
  // row again, tens of milliseconds for 10,000 members.
  const { column: sortColumn, descending } = view.sort
  const sorting = useMemo<SortingState>(
    () => [{ id: sortColumn, desc: descending }],
    [sortColumn, descending],
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: view.pageIndex, pageSize: view.pageSize }),
    [view.pageIndex, view.pageSize],
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
    state: { sorting: deferredSorting, pagination: deferredPagination },
    enableSortingRemoval: false,
    autoResetPageIndex: false,
  })
  const rows = table.getRowModel().rows
  const stale = deferredSorting !== sorting || deferredPagination !== pagination

  const sortBy = (column: SortableColumn) => {
    const descending =
      view.sort.column === column ? !view.sort.descending : false
    onViewChange({ ...view, sort: { column, descending }, pageIndex: 0 })
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
              {HEADERS.map(({ id, labelKey }) => {
                const active = view.sort.column === id
                const direction =
                  active && view.sort.descending ? 'desc' : 'asc'
                return (
                  <TableCell
                    key={id}
                    sortDirection={active ? direction : false}
                    scope="col"
                  >
                    <TableSortLabel
                      active={active}
                      direction={direction}
                      onClick={() => sortBy(id)}
                    >
                      {t(labelKey)}
                    </TableSortLabel>
                  </TableCell>
                )
              })}
              {onEdit && (
                <TableCell scope="col" align="right">
                  {t('members.columns.actions')}
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody aria-busy={stale || undefined}>
            {rows.map((row) => (
              <MemberRow key={row.id} member={row.original} onEdit={onEdit} />
            ))}
          </TableBody>
        </Table>
      </ScrollingTableContainer>
      <TablePager
        count={members.length}
        page={view.pageIndex}
        rowsPerPage={view.pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(pageIndex) => onViewChange({ ...view, pageIndex })}
        onRowsPerPageChange={(pageSize) =>
          onViewChange({ ...view, pageIndex: 0, pageSize })
        }
        labels={{
          rowsPerPage: t('members.rowsPerPage'),
          displayedRows: (range) => t('members.pageRange', range),
          previousPage: t('members.previousPage'),
          nextPage: t('members.nextPage'),
        }}
      />
    </Paper>
  )
}

interface MemberRowProps {
  member: Member
  onEdit?: ((member: Member) => void) | undefined
}

/**
 * One member's row. Memoized, so a render of the table that changes no
 * row (a new sort header, an opened dialog) leaves the rows alone.
 */
const MemberRow = memo(function MemberRow({ member, onEdit }: MemberRowProps) {
  const { t } = useTranslation()
  const name = memberDisplayName(member)

  return (
    <TableRow hover>
      <TableCell
        component="th"
        scope="row"
        sx={{ overflowWrap: 'break-word', maxWidth: 320 }}
      >
        {name}
      </TableCell>
      <TableCell sx={{ overflowWrap: 'break-word' }}>{member.email}</TableCell>
      <TableCell>
        <RoleLabel member={member} />
      </TableCell>
      {onEdit && (
        <TableCell align="right">
          <Button
            size="small"
            onClick={() => onEdit(member)}
            aria-label={t('members.editMember', { name })}
          >
            {t('members.edit')}
          </Button>
        </TableCell>
      )}
    </TableRow>
  )
})
