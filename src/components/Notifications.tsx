import Alert, { type AlertColor } from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import {
  createContext,
  useCallback,
  useContext,
  useState,
  type ReactNode,
} from 'react'
import { AnnouncerProvider, useAnnounce } from './Announcer'

interface Notification {
  id: number
  message: string
  severity: AlertColor
}

type Notify = (message: string, severity?: AlertColor) => void

const NotifyContext = createContext<Notify | null>(null)

/** How long a confirmation stays on screen, in milliseconds. */
const AUTO_HIDE_MS = 6000

/**
 * Shows one short message at a time at the bottom of the screen, and
 * provides the panel's polite live region (see `useAnnounce`), which
 * reads each message to screen readers without moving the focus.
 */
export function NotificationProvider({ children }: { children: ReactNode }) {
  return (
    <AnnouncerProvider>
      <Notifications>{children}</Notifications>
    </AnnouncerProvider>
  )
}

function Notifications({ children }: { children: ReactNode }) {
  const announce = useAnnounce()
  const [current, setCurrent] = useState<Notification | null>(null)

  const notify = useCallback<Notify>(
    (message, severity = 'success') => {
      setCurrent({ id: Date.now(), message, severity })
      announce(message)
    },
    [announce],
  )

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={current?.id}
        open={current !== null}
        autoHideDuration={AUTO_HIDE_MS}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setCurrent(null)
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={current?.severity ?? 'success'}
          variant="filled"
          onClose={() => setCurrent(null)}
          // The live region already announces the text.
          role="none"
        >
          {current?.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  )
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext)
  if (!notify)
    throw new Error('useNotify must be used inside NotificationProvider')
  return notify
}
