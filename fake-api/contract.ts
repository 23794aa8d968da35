// Types, names and rules of the Aegister API as the members panel uses it.
// The stand-in implements them without importing anything from the app.

export const API_PREFIX = '/api/v1'
export const CONTROL_PREFIX = '/__stand-in'
export const TOKEN_HEADER = 'x-aegister-token'
export const TOKEN_QUERY_PARAMETER = 'X-Aegister-Token'

export const ROLES = ['viewer', 'security_officer', 'owner'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return (
    typeof value === 'string' && (ROLES as readonly string[]).includes(value)
  )
}

/** Names of the five API operations, used by the fault registry and the logs. */
export const ENDPOINTS = [
  'listOrganizations',
  'listMembers',
  'addMember',
  'updateMember',
  'removeMember',
] as const
export type Endpoint = (typeof ENDPOINTS)[number]

export interface Contact {
  name: string
  role: string
  email: string
  phone: string
  email_report: boolean
}

export interface Organization {
  id: number
  name: string
  description: string
  ips: string[]
  /** An https URL, or an empty string when the organization has no logo. */
  logo: string
  domains: string[]
  website: string
  sectors: string[]
  industries: string[]
  infrastructure: string
  number_employees: number
  contacts: Contact[]
}

export interface Member {
  /** UUID of the person. */
  id: string
  username: string
  email: string
  first_name: string
  last_name: string
  role: Role
}

/** Response body of every API request. `total` is present on list endpoints only. */
export interface Envelope<T = unknown> {
  error: number
  messages: Array<string | number>
  data: T
  total?: number
}

export interface MemberWriteResult {
  organization: number
  /** UUID of the member, or "0" when the invited person is not registered yet. */
  user: string
}

/**
 * Message codes and texts that the stand-in returns. The reference documents only 9153 and
 * "Invalid data provided", so the other texts are the stand-in's wording.
 */
export const MESSAGES = {
  notAuthenticated: 9153,
  invalidData: 'Invalid data provided',
  invalidRole: 'role: must be one of viewer, security_officer, owner',
  emailRequired: 'email: this field is required',
  emailInvalid: 'email: enter a valid email address',
  emailTaken: 'email: a member with this email already exists',
  ownerRequired: 'Only an owner of the organization can change its members',
  lastOwner: 'The organization must keep at least one owner',
} as const

const MAX_EMAIL_LENGTH = 254
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/
const DOMAIN_LABEL = /^[\p{L}0-9](?:[\p{L}0-9-]{0,61}[\p{L}0-9])?$/u
const ALL_DIGITS = /^[0-9]+$/

/**
 * Checks an email address with the rule that the panel and the stand-in share.
 *
 * The value is trimmed first with String.prototype.trim. After that:
 * - The whole address is at most 254 characters and contains exactly one "@".
 * - The local part is 1 to 64 characters from A-Z a-z 0-9 and ! # $ % & ' * + / = ? ^ _ ` { | } ~ . -
 *   It does not start or end with a dot or contain two dots in a row.
 * - The domain has at least two labels separated by dots and no trailing dot.
 * - Each label is 1 to 63 characters of Unicode letters (\p{L}), ASCII digits and hyphens.
 *   It does not start or end with a hyphen.
 * - The last label (the top-level domain) is at least 2 characters and not all digits.
 *
 * Spaces are rejected because no allowed character class contains them.
 * Lengths count Unicode code points. Combining marks (\p{M}) are not letters, so a label
 * such as the Devanagari "भारत" is rejected.
 */
export function isValidEmail(value: string): boolean {
  const email = value.trim()
  if ([...email].length > MAX_EMAIL_LENGTH) {
    return false
  }
  const parts = email.split('@')
  if (parts.length !== 2) {
    return false
  }
  const [localPart = '', domain = ''] = parts
  return isValidLocalPart(localPart) && isValidDomain(domain)
}

function isValidLocalPart(localPart: string): boolean {
  return (
    LOCAL_PART.test(localPart) &&
    !localPart.startsWith('.') &&
    !localPart.endsWith('.') &&
    !localPart.includes('..')
  )
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.')
  if (labels.length < 2) {
    return false
  }
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) {
    return false
  }
  const topLevelDomain = labels[labels.length - 1] ?? ''
  return [...topLevelDomain].length >= 2 && !ALL_DIGITS.test(topLevelDomain)
}
