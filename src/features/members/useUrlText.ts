import { useEffect, useEffectEvent, useState } from 'react'

/**
 * Pause in typing after which the text is written to the URL. A router
 * navigation re-renders every component that reads the URL, at once and
 * outside any transition, so it does not run on every keystroke.
 */
export const URL_WRITE_DELAY_MS = 300

/**
 * Keeps a text field's value in the URL. The field shows what was typed
 * at once, and the URL follows once typing pauses for URL_WRITE_DELAY_MS.
 * A URL value that the field did not write (back, forward, a link)
 * replaces what the field shows and drops a write still waiting.
 * `write` gets `replace: true` unless the URL had no text, so a search
 * adds one history entry however long it is typed.
 */
export function useUrlText(
  urlValue: string,
  write: (value: string, options: { replace: boolean }) => void,
): [string, (value: string) => void] {
  const [text, setText] = useState(urlValue)
  const [seen, setSeen] = useState(urlValue)
  // Values written but not yet seen in the URL, oldest first.
  const [written, setWritten] = useState<string[]>([])

  if (urlValue !== seen) {
    setSeen(urlValue)
    const index = written.indexOf(urlValue)
    if (index >= 0) {
      setWritten(written.slice(index + 1))
    } else {
      setWritten([])
      setText(urlValue)
    }
  }

  const writeText = useEffectEvent(() => {
    setWritten((values) => [...values, text])
    // An entry written but not yet seen in the URL was already added.
    write(text, { replace: urlValue !== '' || written.length > 0 })
  })
  const waiting = text !== urlValue && !written.includes(text)
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(writeText, URL_WRITE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, waiting])

  return [text, setText]
}
