import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../api/roles'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusList } from '../../components/StatusList'
import { resultItem } from './inviteStatus'
import type { BulkInvitePhase, InviteRow } from './useBulkInvite'

interface BulkInviteResultsProps {
  rows: readonly InviteRow[]
  phase: BulkInvitePhase
  checkError: unknown
  role: Role
  onRetryFailed: () => void
  onClose: () => void
}

function countOutcomes(rows: readonly InviteRow[]) {
  const count = (state: InviteRow['outcome']['state']) =>
    rows.filter((row) => row.outcome.state === state).length
  return {
    sent: count('sent'),
    failed: count('failed'),
    skipped: count('skipped'),
    pending: count('queued') + count('sending'),
  }
}

/** Lists the result of each address of a bulk invitation, with Retry failed. */
export function BulkInviteResults({
  rows,
  phase,
  checkError,
  role,
  onRetryFailed,
  onClose,
}: BulkInviteResultsProps) {
  const { t } = useTranslation()
  const counts = countOutcomes(rows)
  const working = phase === 'checking' || phase === 'sending'
  const total = counts.sent + counts.failed + counts.pending
  const done = counts.sent + counts.failed

  return (
    <>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {checkError !== null && (
            <ErrorAlert
              error={checkError}
              title={t('bulkInvite.checkFailed')}
            />
          )}
          <Box role="status" aria-live="polite">
            <Typography>
              {phase === 'checking' && t('bulkInvite.checking')}
              {phase === 'sending' && t('bulkInvite.progress', { done, total })}
              {!working &&
                t('bulkInvite.summary', {
                  ...counts,
                  role: t(`roles.${role}`),
                })}
            </Typography>
          </Box>
          {working && (
            <LinearProgress
              variant={phase === 'checking' ? 'indeterminate' : 'determinate'}
              value={total > 0 ? (100 * done) / total : 0}
              aria-label={t('bulkInvite.resultsLabel')}
            />
          )}
          <StatusList
            label={t('bulkInvite.resultsLabel')}
            items={rows.map((row, index) => resultItem(t, row, index))}
            maxHeight={360}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {counts.failed > 0 && (
          <Button onClick={onRetryFailed} disabled={working}>
            {t('bulkInvite.retryFailed')}
          </Button>
        )}
        <Button variant="contained" onClick={onClose} disabled={working}>
          {t('bulkInvite.close')}
        </Button>
      </DialogActions>
    </>
  )
}
