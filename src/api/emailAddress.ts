/** Longest address the panel accepts, the limit of SMTP's path (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254
/** Longest local part, the part before the `@` (RFC 5321). */
export const MAX_LOCAL_PART_LENGTH = 64
const MAX_LABEL_LENGTH = 63

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/
const DOMAIN_LABEL = /^[\p{L}0-9](?:[\p{L}0-9-]*[\p{L}0-9])?$/u

/** Length in Unicode code points, so a letter outside the BMP counts once. */
function codePoints(text: string): number {
  return [...text].length
}

/**
 * Checks an address the way the Aegister stand-in does: a dot-atom local
 * part of at most 64 characters, and a domain of two or more labels
 * (letters of any script, ASCII digits, inner hyphens) whose last label
 * has at least two characters and is not all digits. Lengths count code
 * points. The caller trims first. integration/email-agreement.test.ts
 * holds this rule to the stand-in's on every case of its table.
 */
export function isValidEmail(address: string): boolean {
  if (codePoints(address) > MAX_EMAIL_LENGTH) return false
  const parts = address.split('@')
  if (parts.length !== 2) return false
  const [local = '', domain = ''] = parts
  return isValidLocalPart(local) && isValidDomain(domain)
}

function isValidLocalPart(local: string): boolean {
  if (local.length === 0 || local.length > MAX_LOCAL_PART_LENGTH) return false
  if (!LOCAL_PART.test(local)) return false
  return !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.')
  if (labels.length < 2) return false
  const valid = labels.every(
    (label) =>
      codePoints(label) <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label),
  )
  const topLevel = labels.at(-1) ?? ''
  return valid && codePoints(topLevel) >= 2 && !/^[0-9]+$/.test(topLevel)
}
