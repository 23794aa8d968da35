import Alert, { type AlertColor } from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react'

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
 * Shows one short message at a time at the bottom of the screen. Each
 * message is also put in a polite live region, so screen readers read it
 * without moving the focus.
 */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Notification | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const notify = useCallback<Notify>((message, severity = 'success') => {
    setCurrent({ id: Date.now(), message, severity })
    setAnnouncement(message)
  }, [])
  const value = useMemo(() => notify, [notify])

  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div aria-live="polite" role="status" className="visually-hidden">
        {announcement}
      </div>
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
          // The live region above already announces the text.
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
