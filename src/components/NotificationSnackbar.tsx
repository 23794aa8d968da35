import Alert, { type AlertColor } from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'

export interface Notification {
  id: number
  message: string
  severity: AlertColor
}

/** How long a confirmation stays on screen, in milliseconds. */
const AUTO_HIDE_MS = 6000

interface NotificationSnackbarProps {
  current: Notification | null
  onClose: () => void
}

/** Shows the current notification at the bottom of the screen. */
export default function NotificationSnackbar({
  current,
  onClose,
}: NotificationSnackbarProps) {
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={AUTO_HIDE_MS}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose()
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={current?.severity ?? 'success'}
        variant="filled"
        onClose={onClose}
        // The live region of NotificationProvider already announces the text.
        role="none"
      >
        {current?.message}
      </Alert>
    </Snackbar>
  )
}
