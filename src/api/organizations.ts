import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { request } from './client'

/** Text fields fall back to empty when the API leaves them out or nulls them. */
const text = z.catch(z.string(), '')

const organizationSchema = z.object({
  id: z.number().check(z.int()),
  name: z.string(),
  description: text,
  logo: text,
  website: text,
  domains: z.catch(z.array(z.string()), []),
})

export type Organization = z.infer<typeof organizationSchema>

const organizationListSchema = z.array(organizationSchema)

export interface OrganizationFilter {
  name?: string
  owned?: boolean
  editable?: boolean
}

/** Page size used when the panel reads every organization of the caller. */
export const ORGANIZATION_PAGE_SIZE = 100

/** Upper bound on pages read, so a `total` that never matches cannot loop. */
const MAX_ORGANIZATION_PAGES = 50

export interface OrganizationPage {
  organizations: Organization[]
  total: number
}

export async function fetchOrganizationPage(
  filter: OrganizationFilter & { limit: number; offset: number },
  signal?: AbortSignal,
  token?: string,
): Promise<OrganizationPage> {
  const response = await request({
    endpoint: 'listOrganizations',
    method: 'GET',
    path: '/organizations',
    query: {
      limit: filter.limit,
      offset: filter.offset,
      order: 'name',
      name: filter.name || undefined,
      owned: filter.owned || undefined,
      editable: filter.editable || undefined,
    },
    data: organizationListSchema,
    signal,
    ...(token === undefined ? {} : { token, keepSessionOn401: true }),
  })
  const organizations = response.data
  return { organizations, total: response.total ?? organizations.length }
}

/**
 * Reads every organization that matches the filter, a page at a time.
 * Most callers belong to a handful, so this is one request in practice.
 */
export async function fetchAllOrganizations(
  filter: OrganizationFilter,
  signal?: AbortSignal,
): Promise<Organization[]> {
  const organizations: Organization[] = []
  for (let page = 0; page < MAX_ORGANIZATION_PAGES; page++) {
    const result = await fetchOrganizationPage(
      {
        ...filter,
        limit: ORGANIZATION_PAGE_SIZE,
        offset: organizations.length,
      },
      signal,
    )
    organizations.push(...result.organizations)
    const done =
      result.organizations.length < ORGANIZATION_PAGE_SIZE ||
      organizations.length >= result.total
    if (done) break
  }
  return organizations
}

export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (filter: OrganizationFilter) =>
    [...organizationKeys.lists(), filter] as const,
  pages: (name: string) =>
    [...organizationKeys.all, 'pages', { name }] as const,
}

/** Offset of the page after `pages`, or undefined when every match is loaded. */
export function nextOrganizationOffset(
  pages: readonly OrganizationPage[],
): number | undefined {
  const loaded = pages.reduce(
    (count, page) => count + page.organizations.length,
    0,
  )
  const last = pages.at(-1)
  if (!last || last.organizations.length === 0) return undefined
  return loaded < last.total ? loaded : undefined
}

export const organizationQueries = {
  /** Every organization that matches the filter, read a page at a time. */
  list: (filter: OrganizationFilter = {}) =>
    queryOptions({
      queryKey: organizationKeys.list(filter),
      queryFn: ({ signal }) => fetchAllOrganizations(filter, signal),
    }),
  /** Organizations the caller owns, the only ones whose members they can change. */
  owned: () => organizationQueries.list({ owned: true }),
  /** Organizations the caller can edit: as an owner or a security officer. */
  editable: () => organizationQueries.list({ editable: true }),
  /**
   * The caller's organizations whose name contains `name`, sorted by name,
   * one page per request, so a long list or a search loads only what is shown.
   */
  pages: (name = '') =>
    infiniteQueryOptions({
      queryKey: organizationKeys.pages(name),
      queryFn: ({ pageParam, signal }) =>
        fetchOrganizationPage(
          { name, limit: ORGANIZATION_PAGE_SIZE, offset: pageParam },
          signal,
        ),
      initialPageParam: 0,
      getNextPageParam: (_last, pages) => nextOrganizationOffset(pages),
    }),
}
