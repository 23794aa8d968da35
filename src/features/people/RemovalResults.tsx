import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { StatusList } from '../../components/StatusList'
import { resultItem, skippedItem } from './removalItems'
import type { FoundMembership, RemovalRow } from './useRemoveEverywhere'

function countOutcomes(rows: readonly RemovalRow[]) {
  const count = (state: RemovalRow['outcome']['state']) =>
    rows.filter((row) => row.outcome.state === state).length
  return {
    removed: count('removed'),
    gone: count('gone'),
    failed: count('failed'),
  }
}

interface RemovalResultsProps {
  rows: readonly RemovalRow[]
  skipped: readonly FoundMembership[]
  running: boolean
  onRetryFailed: () => void
  onClose: () => void
}

/** Lists the result of each organization's removal, with Retry failed. */
export function RemovalResults({
  rows,
  skipped,
  running,
  onRetryFailed,
  onClose,
}: RemovalResultsProps) {
  const { t } = useTranslation()
  const counts = countOutcomes(rows)
  const done = counts.removed + counts.gone + counts.failed

  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          <Typography role="status" aria-live="polite">
            {running
              ? t('people.results.progress', { done, total: rows.length })
              : t('people.results.summary', {
                  ...counts,
                  skipped: skipped.length,
                })}
          </Typography>
          {running && (
            <LinearProgress
              variant="determinate"
              value={(100 * done) / Math.max(1, rows.length)}
              aria-label={t('people.results.label')}
            />
          )}
          <StatusList
            label={t('people.results.label')}
            items={[
              ...rows.map((row) => resultItem(t, row)),
              ...skipped.map((membership) => skippedItem(t, membership)),
            ]}
            maxHeight={360}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {counts.failed > 0 && (
          <Button onClick={onRetryFailed} disabled={running}>
            {t('people.results.retryFailed')}
          </Button>
        )}
        <Button variant="contained" onClick={onClose} disabled={running}>
          {t('people.results.close')}
        </Button>
      </DialogActions>
    </>
  )
}
