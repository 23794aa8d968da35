import type { AlertColor } from '@mui/material/Alert'
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useState,
  type ReactNode,
} from 'react'
import { AnnouncerProvider, useAnnounce } from './Announcer'
import type { Notification } from './NotificationSnackbar'

type Notify = (message: string, severity?: AlertColor) => void

const NotifyContext = createContext<Notify | null>(null)

// Loaded with the first message, so no screen pays for Snackbar's code
// (about 4 KiB gzip with its transitions) before it shows one.
const NotificationSnackbar = lazy(() => import('./NotificationSnackbar'))

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
  // Stays true after the first message, so the snackbar can play its exit.
  const [started, setStarted] = useState(false)

  const notify = useCallback<Notify>(
    (message, severity = 'success') => {
      setCurrent({ id: Date.now(), message, severity })
      setStarted(true)
      announce(message)
    },
    [announce],
  )

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {started && (
        <Suspense fallback={null}>
          <NotificationSnackbar
            current={current}
            onClose={() => setCurrent(null)}
          />
        </Suspense>
      )}
    </NotifyContext.Provider>
  )
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext)
  if (!notify)
    throw new Error('useNotify must be used inside NotificationProvider')
  return notify
}
