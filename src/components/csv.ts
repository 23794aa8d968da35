/**
 * Byte order mark put before the text, so Excel reads the file as UTF-8
 * and shows accented names correctly.
 */
export const UTF8_BOM = '\uFEFF'

/** Record separator of RFC 4180. */
const LINE_END = '\r\n'

/**
 * A cell a spreadsheet would run as a formula: one that starts with `=`,
 * `+`, `-` or `@` (after any leading spaces, which Excel and LibreOffice
 * may skip), or with a tab or carriage return. The full-width forms of
 * the four signs are included because some Excel locales read them too.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/** A cell that RFC 4180 requires in double quotes. */
const NEEDS_QUOTES = /[",\r\n]/

/**
 * Makes a value safe for a spreadsheet: a value that would start a
 * formula gets a leading single quote, which spreadsheets show as text
 * (OWASP, "CSV Injection").
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** One cell: formula-safe, then quoted as RFC 4180 says when it must be. */
export function csvCell(value: string): string {
  const safe = neutralizeFormula(value)
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Writes rows as CSV text: RFC 4180 quoting, CRLF after every row, and
 * the UTF-8 byte order mark first. Rows may have different lengths, so a
 * few lines of context can come before the table.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => row.map(csvCell).join(',') + LINE_END)
  return UTF8_BOM + lines.join('')
}
