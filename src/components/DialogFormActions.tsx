import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import { useTranslation } from 'react-i18next'

interface DialogFormActionsProps {
  submitLabel: string
  /** `error` for an action that takes something away, such as a removal. */
  submitColor?: 'primary' | 'error'
  /** A request is running: both buttons are disabled and the submit button shows a spinner. */
  pending: boolean
  submitDisabled?: boolean
  onCancel: () => void
}

/**
 * Cancel and a submit button at the foot of a dialog's form. The submit
 * button submits the form, so the form's handler does the work for the
 * button and for Enter in a field alike.
 */
export function DialogFormActions({
  submitLabel,
  submitColor = 'primary',
  pending,
  submitDisabled = false,
  onCancel,
}: DialogFormActionsProps) {
  const { t } = useTranslation()

  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      <Button onClick={onCancel} disabled={pending}>
        {t('dialog.cancel')}
      </Button>
      <Button
        type="submit"
        variant="contained"
        color={submitColor}
        loading={pending}
        disabled={submitDisabled}
      >
        {submitLabel}
      </Button>
    </DialogActions>
  )
}
