import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import type { PlannedChange } from './bulkPlan'
import { memberDisplayName } from './memberName'
import { roleName } from './StaleChangeAlert'
import type { RowResult } from './useBulkWrite'

interface BulkChangeTableProps {
  label: string
  /** The planned changes, or their results once the batch has run. */
  rows: readonly (PlannedChange | RowResult)[]
}

const STATUS_COLORS = {
  waiting: 'text.secondary',
  done: 'success.main',
  failed: 'error.main',
  notSent: 'text.secondary',
} as const

/** Lists every change of a batch, one row per member, with its result once sent. */
export function BulkChangeTable({ label, rows }: BulkChangeTableProps) {
  const { t } = useTranslation()
  const showResults = rows.some((row) => 'status' in row)

  return (
    <TableContainer sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('members.columns.name')}</TableCell>
            <TableCell scope="col">{t('members.columns.email')}</TableCell>
            <TableCell scope="col">{t('bulk.columns.change')}</TableCell>
            {showResults && (
              <TableCell scope="col">{t('bulk.columns.result')}</TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.member.id}>
              <TableCell component="th" scope="row">
                {memberDisplayName(row.member)}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {row.member.email}
              </TableCell>
              <TableCell>
                {row.to === null
                  ? t('bulk.removeChange', {
                      from: roleName(t, row.member.role),
                    })
                  : t('bulk.roleChange', {
                      from: roleName(t, row.member.role),
                      to: roleName(t, row.to),
                    })}
              </TableCell>
              {'status' in row && (
                <TableCell sx={{ color: STATUS_COLORS[row.status] }}>
                  {t(`bulk.status.${row.status}`)}
                  {row.error && (
                    <Typography variant="body2">{row.error}</Typography>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
