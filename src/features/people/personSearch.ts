import {
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query'
import { useState } from 'react'
import * as z from 'zod/mini'
import { isValidEmail } from '../../api/emailAddress'
import { REQUEST_CONCURRENCY, settleWithLimit } from '../../api/concurrency'
import { memberQueries, type Member } from '../../api/members'
import { organizationQueries, type Organization } from '../../api/organizations'

/** The search form; messages are translation keys. */
export const personSearchFormSchema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.emailRequired'),
      z.refine(isValidEmail, 'validation.emailInvalid'),
    ),
})

export type PersonSearchValues = z.infer<typeof personSearchFormSchema>

/** The person's membership in one owned organization, as its member list shows it. */
export type Membership =
  | {
      organization: Organization
      state: 'member'
      member: Member
      /** Owners the organization has, the person included. */
      ownerCount: number
    }
  | { organization: Organization; state: 'absent' }
  | { organization: Organization; state: 'failed'; error: unknown }

export interface SearchProgress {
  done: number
  total: number
}

/**
 * Reads every organization the caller owns, then each one's member list,
 * a few at a time, and finds the member with this email, ignoring case.
 * A list that fails to load is reported for its organization and does
 * not stop the others.
 */
export async function searchPerson(
  queryClient: QueryClient,
  email: string,
  onProgress: (progress: SearchProgress) => void,
): Promise<Membership[]> {
  const organizations = await queryClient.fetchQuery({
    ...organizationQueries.list({ owned: true }),
    staleTime: 0,
  })
  const key = email.trim().toLowerCase()
  let done = 0
  onProgress({ done, total: organizations.length })
  const lists = await settleWithLimit(
    organizations,
    REQUEST_CONCURRENCY,
    async (organization) => {
      try {
        const list = await queryClient.fetchQuery({
          ...memberQueries.list(organization.id),
          staleTime: 0,
        })
        return list.members
      } finally {
        onProgress({ done: ++done, total: organizations.length })
      }
    },
  )
  return organizations.map((organization, index): Membership => {
    const result = lists[index]
    if (!result || result.status === 'rejected') {
      return { organization, state: 'failed', error: result?.reason }
    }
    const members = result.value
    const member = members.find(
      (candidate) => candidate.email.trim().toLowerCase() === key,
    )
    if (!member) return { organization, state: 'absent' }
    const ownerCount = members.filter((other) => other.role === 'owner').length
    return { organization, state: 'member', member, ownerCount }
  })
}

export const personSearchKeys = {
  all: ['people', 'search'] as const,
  byEmail: (email: string) =>
    [...personSearchKeys.all, email.trim().toLowerCase()] as const,
}

/** Runs searchPerson for the email in the URL, with its progress. */
export function usePersonSearch(email: string | undefined) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<SearchProgress | null>(null)
  const query = useQuery({
    queryKey: personSearchKeys.byEmail(email ?? ''),
    queryFn: () => {
      setProgress(null)
      return searchPerson(queryClient, email ?? '', setProgress)
    },
    enabled: Boolean(email),
    // Each search reads the lists afresh: it precedes removals.
    staleTime: 0,
    retry: false,
  })
  return { ...query, progress }
}

/** Returns the person's name as the first list that has them spells it. */
export function personName(memberships: readonly Membership[]): string {
  for (const membership of memberships) {
    if (membership.state !== 'member') continue
    const { firstName, lastName } = membership.member
    const name = `${firstName.trim()} ${lastName.trim()}`.trim()
    if (name) return name
  }
  return ''
}

/** Checks whether removing the person would leave the organization without an owner. */
export function isLastOwner(membership: Membership): boolean {
  return (
    membership.state === 'member' &&
    membership.member.role === 'owner' &&
    membership.ownerCount <= 1
  )
}
