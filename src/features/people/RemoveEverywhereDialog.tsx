import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusList } from '../../components/StatusList'
import { isLastOwner } from './personSearch'
import { RemovalResults } from './RemovalResults'
import { reviewItem } from './removalItems'
import {
  useRemoveEverywhere,
  type FoundMembership,
} from './useRemoveEverywhere'

interface RemoveEverywhereDialogProps {
  open: boolean
  email: string
  /** The person's name, or empty when the lists give none. */
  name: string
  memberships: readonly FoundMembership[]
  onClose: () => void
  onExited: () => void
}

/**
 * Removes one person from every organization listed, after a review that
 * shows the role they hold in each and skips those where they are the
 * only owner. Removing an owner needs their email typed to confirm.
 */
export default function RemoveEverywhereDialog({
  open,
  email,
  name,
  memberships,
  onClose,
  onExited,
}: RemoveEverywhereDialogProps) {
  const { t } = useTranslation()
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()
  const removal = useRemoveEverywhere(email, name)
  const [typed, setTyped] = useState('')
  const [tried, setTried] = useState(false)
  const person = name || email

  const skipped = memberships.filter(isLastOwner)
  const removable = memberships.filter((membership) => !isLastOwner(membership))
  const owners = removable.filter(
    (membership) => membership.member.role === 'owner',
  ).length
  const confirmed =
    owners === 0 || typed.trim().toLowerCase() === email.toLowerCase()

  const confirm = () => {
    setTried(true)
    if (confirmed && removable.length > 0) removal.start(removable)
  }

  return (
    <Dialog
      open={open}
      onClose={removal.running ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId}>
        {t('people.review.title', { person })}
      </DialogTitle>
      {removal.rows === null ? (
        <>
          <DialogContent>
            <Stack spacing={2}>
              <Typography>
                {removable.length > 0
                  ? t('people.review.intro', {
                      person,
                      count: removable.length,
                    })
                  : t('people.review.nothingToRemove')}
              </Typography>
              {skipped.length > 0 && removable.length > 0 && (
                <Alert severity="warning">
                  {t('people.review.skippedWarning', {
                    count: skipped.length,
                    person,
                  })}
                </Alert>
              )}
              <StatusList
                label={t('people.review.listLabel')}
                items={[...skipped, ...removable].map((membership) =>
                  reviewItem(t, membership),
                )}
              />
              {owners > 0 && (
                <TextField
                  label={t('people.review.typeEmailLabel')}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  fullWidth
                  error={tried && !confirmed}
                  helperText={
                    tried && !confirmed
                      ? t('people.review.typeMismatch', { email })
                      : t('people.review.typeEmail', { count: owners, email })
                  }
                  slotProps={{ htmlInput: { autoCapitalize: 'none' } }}
                />
              )}
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose}>{t('people.review.cancel')}</Button>
            {removable.length > 0 && (
              <Button variant="contained" color="error" onClick={confirm}>
                {t('people.review.confirm', { count: removable.length })}
              </Button>
            )}
          </DialogActions>
        </>
      ) : (
        <RemovalResults
          rows={removal.rows}
          skipped={skipped}
          running={removal.running}
          onRetryFailed={removal.retryFailed}
          onClose={onClose}
        />
      )}
    </Dialog>
  )
}
