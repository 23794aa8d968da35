import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { organizationQueries, type Organization } from './organizations'
import type { Role } from './roles'

/**
 * Returns the caller's role in an organization from the two filtered
 * lists: an owner's organizations come back for `owned=true`, a security
 * officer's only for `editable=true`, and a viewer's in neither.
 */
// NOTE: the API reference names the `editable` filter without defining
// it; the stand-in counts owners and security officers as editors.
export function callerRoleIn(
  organizationId: number,
  owned: readonly Organization[],
  editable: readonly Organization[],
): Role {
  if (owned.some((organization) => organization.id === organizationId))
    return 'owner'
  if (editable.some((organization) => organization.id === organizationId))
    return 'security_officer'
  return 'viewer'
}

export interface OrganizationAccess {
  organization: Organization | undefined
  /** Undefined until both lists are loaded, and when one of them failed. */
  callerRole: Role | undefined
  /** Only owners may change members, in the stand-in and the API reference. */
  canManageMembers: boolean
  /** The lists the role is read from are still loading. */
  isPending: boolean
  /** The failure of a list the role is read from, or null. */
  error: unknown
  retry: () => void
  /** The failure of the list the organization's name is read from, or null. */
  nameError: unknown
  retryName: () => void
}

function findOrganization(
  organizationId: number | undefined,
  organizations: readonly Organization[] | undefined,
): Organization | undefined {
  return organizations?.find((candidate) => candidate.id === organizationId)
}

/**
 * Returns the organization with this id and the caller's role in it, read from
 * the cached organization lists: the owned and editable ones (a request
 * each) and the pages the picker shows. The full list is read only for an
 * organization found in none of them.
 */
export function useOrganizationAccess(
  organizationId: number | undefined,
): OrganizationAccess {
  const enabled = organizationId !== undefined
  const owned = useQuery({ ...organizationQueries.owned(), enabled })
  const editable = useQuery({ ...organizationQueries.editable(), enabled })
  const pages = useInfiniteQuery({ ...organizationQueries.pages(), enabled })

  const listed =
    findOrganization(organizationId, owned.data) ??
    findOrganization(organizationId, editable.data) ??
    findOrganization(
      organizationId,
      pages.data?.pages.flatMap((page) => page.organizations),
    )
  const full = useQuery({
    ...organizationQueries.list(),
    enabled:
      enabled &&
      listed === undefined &&
      pages.hasNextPage &&
      owned.isSuccess &&
      editable.isSuccess,
  })

  const callerRole =
    organizationId !== undefined && owned.isSuccess && editable.isSuccess
      ? callerRoleIn(organizationId, owned.data, editable.data)
      : undefined

  return {
    organization: listed ?? findOrganization(organizationId, full.data),
    callerRole,
    canManageMembers: callerRole === 'owner',
    isPending: enabled && (owned.isPending || editable.isPending),
    error: owned.error ?? editable.error,
    retry: () => {
      if (owned.isError) void owned.refetch()
      if (editable.isError) void editable.refetch()
    },
    nameError: pages.error ?? full.error,
    retryName: () => {
      if (pages.isError) void pages.refetch()
      if (full.isError) void full.refetch()
    },
  }
}
