import Alert from '@mui/material/Alert'
import { useTranslation } from 'react-i18next'
import type { RowResult } from './useBulkWrite'

/** One line over a batch's results: how many succeeded, failed or were not sent. */
export function BulkResultSummary({ results }: { results: RowResult[] }) {
  const { t } = useTranslation()
  const count = (status: RowResult['status']) =>
    results.filter((row) => row.status === status).length
  const failed = count('failed') + count('notSent')
  const waiting = count('waiting')

  if (waiting > 0) {
    return (
      <Alert severity="info" role="status">
        {t('bulk.progress', {
          done: results.length - waiting,
          total: results.length,
        })}
      </Alert>
    )
  }
  return (
    <Alert severity={failed > 0 ? 'warning' : 'success'} role="status">
      {t('bulk.finished', { done: count('done'), failed })}
    </Alert>
  )
}
