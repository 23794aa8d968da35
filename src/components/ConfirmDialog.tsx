import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId, type ReactNode } from 'react'
import { DialogFormActions } from './DialogFormActions'

interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** `error` for an action that takes something away, such as a removal. */
  confirmColor?: 'primary' | 'error'
  /** A request is running: the dialog cannot be confirmed again or closed. */
  pending?: boolean
  confirmDisabled?: boolean
  /** Called on the button and on Enter in a field of the dialog. */
  onConfirm: () => void
  onClose: () => void
  onExited?: () => void
  maxWidth?: 'xs' | 'sm' | 'md'
  /** Buttons in place of Cancel and confirm, as when only Close is left. */
  actions?: ReactNode
}

/**
 * A dialog that asks before an action: a title, what will happen, Cancel
 * and a confirm button. Its content sits in a form, so Enter in a field
 * confirms as the button does.
 *
 * @example
 * <ConfirmDialog open title="Remove Ada?" confirmLabel="Remove"
 *   confirmColor="error" onConfirm={remove} onClose={close}>
 *   Ada loses access to the organization.
 * </ConfirmDialog>
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  confirmColor = 'primary',
  pending = false,
  confirmDisabled = false,
  onConfirm,
  onClose,
  onExited,
  maxWidth = 'xs',
  actions,
}: ConfirmDialogProps) {
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()

  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth={maxWidth}
      slotProps={{ transition: { onExited } }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          // A closing dialog stays on screen while it fades out, and a
          // second click of a double click must not confirm it again.
          if (open && !pending && !confirmDisabled && !actions) onConfirm()
        }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>{children}</Stack>
        </DialogContent>
        {actions ? (
          <DialogActions sx={{ px: 3, pb: 2 }}>{actions}</DialogActions>
        ) : (
          <DialogFormActions
            submitLabel={confirmLabel}
            submitColor={confirmColor}
            pending={pending}
            submitDisabled={confirmDisabled || !open}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  )
}
