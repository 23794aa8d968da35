import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'

type Announce = (message: string) => void

const AnnounceContext = createContext<Announce | null>(null)

/**
 * Time the live region stays empty before a message is written into it.
 * Screen readers announce a change of the region's text, so emptying it
 * first makes a message that repeats the last one heard again.
 */
export const ANNOUNCE_DELAY_MS = 100

/**
 * Provides a polite live region for the whole panel. Screen readers read
 * what is announced when the user pauses, without moving the focus.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const announce = useCallback<Announce>((message) => {
    clearTimeout(timer.current)
    setText('')
    timer.current = setTimeout(() => setText(message), ANNOUNCE_DELAY_MS)
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="visually-hidden">
        {text}
      </div>
    </AnnounceContext.Provider>
  )
}

/**
 * Returns `announce(message)`, which has screen readers read `message`
 * politely. For results that show no message on screen, such as the
 * number of matches of a search:
 *
 * ```tsx
 * const announce = useAnnounce()
 * useEffect(() => announce(matchesText), [announce, matchesText])
 * ```
 *
 * Confirmations that should also show on screen use `useNotify`.
 */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext)
  if (!announce)
    throw new Error('useAnnounce must be used inside AnnouncerProvider')
  return announce
}
