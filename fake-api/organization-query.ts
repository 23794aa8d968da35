// The query of GET /organizations: parsing, filtering and sorting.

import type { Organization, Role } from './contract.ts'

export const ORDERS = ['id', '-id', 'name', '-name'] as const
export type Order = (typeof ORDERS)[number]

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 1000

export interface OrganizationQuery {
  limit: number
  offset: number
  order: Order
  /** Case-insensitive substring of the name. */
  name?: string
  /** True keeps organizations the caller owns, false keeps the others. */
  owned?: boolean
  /** True keeps organizations where the caller is an owner or security officer, false the others. */
  editable?: boolean
  /** Keeps organizations with at least one of these sectors, when not empty. */
  sectors: string[]
  /** Keeps organizations with at least one of these industries, when not empty. */
  industries: string[]
}

/** Roles that can edit an organization's basic information. */
const EDITING_ROLES: readonly Role[] = ['owner', 'security_officer']
const NON_NEGATIVE_INTEGER = /^[0-9]+$/
const BOOLEAN_VALUES: Record<string, boolean> = {
  true: true,
  '1': true,
  false: false,
  '0': false,
}
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' })

/** Parses the query string of GET /organizations and lists every invalid parameter. */
export function parseOrganizationQuery(
  params: URLSearchParams,
): { query: OrganizationQuery } | { errors: string[] } {
  const errors: string[] = []
  const limit = params.get('limit') ?? String(DEFAULT_LIMIT)
  const offset = params.get('offset') ?? '0'
  const order = params.get('order') ?? '-id'

  if (
    !NON_NEGATIVE_INTEGER.test(limit) ||
    Number(limit) < 1 ||
    Number(limit) > MAX_LIMIT
  ) {
    errors.push(`limit: must be an integer from 1 to ${MAX_LIMIT}`)
  }
  if (
    !NON_NEGATIVE_INTEGER.test(offset) ||
    !Number.isSafeInteger(Number(offset))
  ) {
    errors.push('offset: must be an integer of 0 or more')
  }
  if (!(ORDERS as readonly string[]).includes(order)) {
    errors.push(`order: must be one of ${ORDERS.join(', ')}`)
  }
  const owned = parseBoolean(params, 'owned', errors)
  const editable = parseBoolean(params, 'editable', errors)
  if (errors.length > 0) {
    return { errors }
  }

  const query: OrganizationQuery = {
    limit: Number(limit),
    offset: Number(offset),
    order: order as Order,
    name: params.get('name') ?? undefined,
    owned,
    editable,
    sectors: params.getAll('sectors[]'),
    industries: params.getAll('industries[]'),
  }
  return { query }
}

/** Accepts true, false, 1 and 0, in any letter case. */
function parseBoolean(
  params: URLSearchParams,
  name: string,
  errors: string[],
): boolean | undefined {
  const value = params.get(name)
  if (value === null) {
    return undefined
  }
  const parsed = BOOLEAN_VALUES[value.toLowerCase()]
  if (parsed === undefined) {
    errors.push(`${name}: must be true or false`)
  }
  return parsed
}

/** Checks the filters of `query` against an organization where the caller has `role`. */
export function matchesQuery(
  organization: Organization,
  role: Role,
  query: OrganizationQuery,
): boolean {
  if (
    query.name !== undefined &&
    !organization.name.toLowerCase().includes(query.name.toLowerCase())
  ) {
    return false
  }
  if (query.owned !== undefined && (role === 'owner') !== query.owned) {
    return false
  }
  if (
    query.editable !== undefined &&
    EDITING_ROLES.includes(role) !== query.editable
  ) {
    return false
  }
  return (
    matchesAny(organization.sectors, query.sectors) &&
    matchesAny(organization.industries, query.industries)
  )
}

function matchesAny(values: string[], accepted: string[]): boolean {
  return accepted.length === 0 || accepted.some((item) => values.includes(item))
}

/** Returns a comparator for `order`. Equal names are ordered by id in the same direction. */
export function compareOrganizations(
  order: Order,
): (a: Organization, b: Organization) => number {
  const direction = order.startsWith('-') ? -1 : 1
  const byName = order.endsWith('name')
  return (a, b) => {
    const primary = byName ? nameCollator.compare(a.name, b.name) : 0
    return direction * (primary !== 0 ? primary : a.id - b.id)
  }
}
