/**
 * Saves text as a file through the browser's download. The object URL is
 * released after the click has started the download.
 */
export function downloadTextFile(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Longest slug put in a file name, so names stay readable in a folder. */
const MAX_SLUG_LENGTH = 40

/**
 * Turns text into a file-name part: accents dropped, lower case, runs of
 * other characters as one hyphen. "Müller & Söhne" becomes "muller-sohne".
 */
export function fileNameSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

const pad = (value: number) => String(value).padStart(2, '0')

/** Local date and time for a file name, to the minute: `2026-12-04-0930`. */
export function fileNameTime(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day}-${pad(date.getHours())}${pad(date.getMinutes())}`
}

/** ISO 8601 local time with its UTC offset: `2026-12-04T09:30:05+01:00`. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  return `${day}T${time}${zone}`
}
