import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChangeEntry } from '../../components/changeLog'
import { roleText } from './changesCsv'

const COLUMNS = [
  'when',
  'organization',
  'member',
  'action',
  'from',
  'to',
  'result',
] as const

/** Shows the change log as a table, newest first. */
export function ChangesTable({ entries }: { entries: readonly ChangeEntry[] }) {
  const { t, i18n } = useTranslation()
  const formatTime = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, {
        dateStyle: 'medium',
        timeStyle: 'medium',
      }),
    [i18n.language],
  )
  const newestFirst = [...entries].reverse()
  const role = (value: ChangeEntry['from']) =>
    roleText(t, value) || t('changes.noRole')

  return (
    <TableContainer>
      <Table size="small" aria-label={t('changes.tableLabel')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} scope="col">
                {t(`changes.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {newestFirst.map((entry, index) => (
            <TableRow key={`${entry.at}-${index}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>
                  {formatTime.format(new Date(entry.at))}
                </time>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {entry.organizationName}
              </TableCell>
              <TableCell
                component="th"
                scope="row"
                sx={{ overflowWrap: 'anywhere' }}
              >
                {entry.member}
                {entry.email && entry.email !== entry.member && (
                  <Typography variant="body2" color="text.secondary">
                    {entry.email}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{t(`changes.action.${entry.action}`)}</TableCell>
              <TableCell>{role(entry.from)}</TableCell>
              <TableCell>{role(entry.to)}</TableCell>
              <TableCell>
                <Typography
                  variant="body2"
                  color={entry.result === 'failed' ? 'error' : 'success.dark'}
                  sx={{ fontWeight: 500 }}
                >
                  {t(`changes.result.${entry.result}`)}
                </Typography>
                {entry.error && (
                  <Typography variant="body2" color="text.secondary">
                    {entry.error}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
