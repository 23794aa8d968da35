import { isValidEmail } from '../../api/emailAddress'

/** Most addresses one invitation may list. */
export const MAX_INVITES = 50

/**
 * What the panel will do with an address before sending:
 * - `valid`: a new address, to be invited.
 * - `invalid`: not an email address by the API's rule.
 * - `duplicate`: the same address (ignoring case) appears earlier in the list.
 * - `member`: the address already belongs to a member of the organization.
 */
export type InviteStatus = 'valid' | 'invalid' | 'duplicate' | 'member'

export interface InviteEntry {
  /** The entry as typed, display name included, so the user recognises it. */
  text: string
  /** The address to send, without display name, angle brackets or `mailto:`. */
  address: string
  status: InviteStatus
  /** For a duplicate, the text of the earlier entry it repeats. */
  duplicateOf?: string
}

export interface InviteList {
  entries: InviteEntry[]
  /** True when the list has more than MAX_INVITES entries. */
  overLimit: boolean
}

interface Token {
  kind: 'word' | 'quoted' | 'angle' | 'break'
  /** The token's content: quotes and angle brackets removed. */
  value: string
  start: number
  end: number
}

const HARD_SEPARATOR = /[,;\n\r]/
const WHITESPACE = /\s/

/**
 * Finds the closing character of a quoted string or angle address that
 * opens at `start`, or -1. A quoted string may hold commas, as in
 * `"Lovelace, Ada"`, but neither form runs past the end of a line, so an
 * unclosed quote cannot swallow the addresses below it.
 */
function findClose(text: string, start: number, close: string): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === close) return index
    if (char === '\n' || char === '\r') return -1
    if (close === '>' && (char === '<' || HARD_SEPARATOR.test(char))) return -1
  }
  return -1
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    if (HARD_SEPARATOR.test(char)) {
      tokens.push({ kind: 'break', value: char, start: index, end: index + 1 })
      index++
      continue
    }
    if (WHITESPACE.test(char)) {
      index++
      continue
    }
    const close = char === '"' ? '"' : char === '<' ? '>' : ''
    const closeAt = close ? findClose(text, index, close) : -1
    if (closeAt >= 0) {
      tokens.push({
        kind: close === '"' ? 'quoted' : 'angle',
        value: text.slice(index + 1, closeAt),
        start: index,
        end: closeAt + 1,
      })
      index = closeAt + 1
      continue
    }
    let end = index + 1
    while (end < text.length) {
      const next = text.charAt(end)
      if (HARD_SEPARATOR.test(next) || WHITESPACE.test(next)) break
      end++
    }
    tokens.push({
      kind: 'word',
      value: text.slice(index, end),
      start: index,
      end,
    })
    index = end
  }
  return tokens
}

/** Drops a `mailto:` prefix, as left by copying a link. */
function withoutMailto(address: string): string {
  return address.replace(/^mailto:/i, '').trim()
}

/**
 * Splits typed or pasted text into entries. Commas, semicolons, spaces
 * and line breaks separate entries; blank entries are dropped. A display
 * name followed by an address in angle brackets is one entry, as mail
 * programs copy it: `Ada Lovelace <ada@example.com>` or
 * `"Lovelace, Ada" <ada@example.com>`. Words not followed by an angle
 * address stay separate entries of their own.
 */
export function splitAddresses(
  text: string,
): { text: string; address: string }[] {
  const entries: { text: string; address: string }[] = []
  let nameTokens: Token[] = []

  const flushNames = () => {
    for (const token of nameTokens) {
      entries.push({
        text: text.slice(token.start, token.end),
        address: withoutMailto(token.value),
      })
    }
    nameTokens = []
  }

  for (const token of tokenize(text)) {
    if (token.kind === 'angle') {
      const start = nameTokens[0]?.start ?? token.start
      entries.push({
        text: text.slice(start, token.end),
        address: withoutMailto(token.value),
      })
      nameTokens = []
    } else if (token.kind === 'break') {
      flushNames()
    } else if (token.kind === 'word' && token.value.includes('@')) {
      flushNames()
      entries.push({ text: token.value, address: withoutMailto(token.value) })
    } else {
      nameTokens.push(token)
    }
  }
  flushNames()
  return entries.filter((entry) => entry.text.trim() !== '')
}

/**
 * Splits the text into entries and classifies each one: invalid first,
 * then a repeat of an earlier address (ignoring case), else valid.
 */
export function parseInviteList(text: string): InviteList {
  const firstByAddress = new Map<string, string>()
  const entries = splitAddresses(text).map((entry): InviteEntry => {
    if (!isValidEmail(entry.address)) return { ...entry, status: 'invalid' }
    const key = entry.address.toLowerCase()
    const first = firstByAddress.get(key)
    if (first !== undefined) {
      return { ...entry, status: 'duplicate', duplicateOf: first }
    }
    firstByAddress.set(key, entry.text)
    return { ...entry, status: 'valid' }
  })
  return { entries, overLimit: entries.length > MAX_INVITES }
}

/** Marks the valid entries whose address a member already has, ignoring case. */
export function markMembers(
  entries: readonly InviteEntry[],
  memberEmails: Iterable<string>,
): InviteEntry[] {
  const taken = new Set<string>()
  for (const email of memberEmails) taken.add(email.trim().toLowerCase())
  return entries.map((entry) =>
    entry.status === 'valid' && taken.has(entry.address.toLowerCase())
      ? { ...entry, status: 'member' }
      : entry,
  )
}
