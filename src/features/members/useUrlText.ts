import { useState } from 'react'

/**
 * Keeps a text field's value in the URL. The field shows what was typed
 * at once, and the URL follows a moment later. A URL value that the field
 * did not write (back, forward, a link) replaces what the field shows.
 * `write` is told to replace the history entry unless the field was
 * empty, so a search adds one entry however long it is typed.
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

  const change = (value: string) => {
    setText(value)
    setWritten((values) => [...values, value])
    write(value, { replace: text !== '' })
  }

  return [text, change]
}
