import type { AlertColor } from '@mui/material/Alert'
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import type { Notification } from './NotificationSnackbar'

type Notify = (message: string, severity?: AlertColor) => void

const NotifyContext = createContext<Notify | null>(null)

// Loaded with the first message, so no screen pays for Snackbar's code
// (about 4 KiB gzip with its transitions) before it shows one.
const NotificationSnackbar = lazy(() => import('./NotificationSnackbar'))

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
      {announcement !== '' && (
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
