// The in-memory store behind the stand-in and the operations the API handlers call.

import type { Member, Organization, Role } from './contract.ts'
import {
  compareOrganizations,
  matchesQuery,
  type OrganizationQuery,
} from './organization-query.ts'
import { createRandom } from './random.ts'
import {
  createSeed,
  DEFAULT_RANDOM_SEED,
  type Membership,
  type SeedData,
  type SeedOptions,
} from './seed.ts'

export type InviteResult =
  { status: 'added'; user: string } | { status: 'duplicate' }
export type ChangeResult = 'done' | 'notFound' | 'lastOwner'

/** Seed options a reset may change for one test, until the next reset. */
export type ResetOptions = Pick<SeedOptions, 'hostileOrganizations'>

export interface Store {
  /** Restores the seeded data, with `changes` applied to the seed options. */
  reset(changes?: ResetOptions): void
  personIdForToken(token: string): string | undefined
  listOrganizations(
    personId: string,
    query: OrganizationQuery,
  ): { items: Organization[]; total: number }
  /** Returns the person's role, or undefined when the organization is unknown or they are not a member. */
  roleOf(organizationId: number, personId: string): Role | undefined
  listMembers(organizationId: number): Member[]
  /** Adds the person with this email, creating an unregistered person when no person has that email. */
  inviteMember(organizationId: number, email: string, role: Role): InviteResult
  changeRole(organizationId: number, memberId: string, role: Role): ChangeResult
  removeMember(organizationId: number, memberId: string): ChangeResult
}

export function createStore(options: SeedOptions = {}): Store {
  let data: SeedData = createSeed(options)
  let personIdByEmail = indexPeopleByEmail(data)
  // Generates the ids of people created by invitations. reset() restarts the sequence.
  let newPersonIds = createRandom(
    (options.randomSeed ?? DEFAULT_RANDOM_SEED) + 1,
  )

  function membershipsOf(organizationId: number): Membership[] {
    return data.memberships.get(organizationId) ?? []
  }

  function roleOf(organizationId: number, personId: string): Role | undefined {
    return membershipsOf(organizationId).find(
      (membership) => membership.personId === personId,
    )?.role
  }

  function listOrganizations(personId: string, query: OrganizationQuery) {
    const matching = data.organizations.filter((organization) => {
      const role = roleOf(organization.id, personId)
      return role !== undefined && matchesQuery(organization, role, query)
    })
    matching.sort(compareOrganizations(query.order))
    return {
      items: matching.slice(query.offset, query.offset + query.limit),
      total: matching.length,
    }
  }

  function toMember(membership: Membership): Member {
    const person = data.people.get(membership.personId)
    if (person === undefined) {
      throw new Error(
        `Membership refers to unknown person ${membership.personId}`,
      )
    }
    const { id, username, email, first_name, last_name } = person
    return { id, username, email, first_name, last_name, role: membership.role }
  }

  function inviteMember(
    organizationId: number,
    email: string,
    role: Role,
  ): InviteResult {
    const memberships = membershipsOf(organizationId)
    const key = email.toLowerCase()
    if (
      memberships.some(
        (membership) => toMember(membership).email.toLowerCase() === key,
      )
    ) {
      return { status: 'duplicate' }
    }
    let personId = personIdByEmail.get(key)
    if (personId === undefined) {
      personId = newPersonIds.uuid()
      data.people.set(personId, {
        id: personId,
        username: email,
        email,
        first_name: '',
        last_name: '',
        registered: false,
      })
      personIdByEmail.set(key, personId)
    }
    memberships.push({ personId, role })
    const registered = data.people.get(personId)?.registered === true
    // The reference documents user "0" for an invited person who is not registered yet.
    return { status: 'added', user: registered ? personId : '0' }
  }

  function wouldLoseLastOwner(
    memberships: Membership[],
    target: Membership,
    newRole: Role | undefined,
  ): boolean {
    if (target.role !== 'owner' || newRole === 'owner') {
      return false
    }
    return (
      memberships.filter((membership) => membership.role === 'owner').length ===
      1
    )
  }

  function changeRole(
    organizationId: number,
    memberId: string,
    role: Role,
  ): ChangeResult {
    const memberships = membershipsOf(organizationId)
    const target = memberships.find(
      (membership) => membership.personId === memberId,
    )
    if (target === undefined) {
      return 'notFound'
    }
    if (wouldLoseLastOwner(memberships, target, role)) {
      return 'lastOwner'
    }
    target.role = role
    return 'done'
  }

  function removeMember(
    organizationId: number,
    memberId: string,
  ): ChangeResult {
    const memberships = membershipsOf(organizationId)
    const index = memberships.findIndex(
      (membership) => membership.personId === memberId,
    )
    const target = memberships[index]
    if (target === undefined) {
      return 'notFound'
    }
    if (wouldLoseLastOwner(memberships, target, undefined)) {
      return 'lastOwner'
    }
    memberships.splice(index, 1)
    return 'done'
  }

  return {
    reset(changes = {}) {
      data = createSeed({ ...options, ...changes })
      personIdByEmail = indexPeopleByEmail(data)
      newPersonIds = createRandom(
        (options.randomSeed ?? DEFAULT_RANDOM_SEED) + 1,
      )
    },
    personIdForToken: (token) => data.tokens.get(token),
    listOrganizations,
    roleOf,
    listMembers: (organizationId) =>
      membershipsOf(organizationId).map(toMember),
    inviteMember,
    changeRole,
    removeMember,
  }
}

function indexPeopleByEmail(data: SeedData): Map<string, string> {
  const index = new Map<string, string>()
  for (const person of data.people.values()) {
    if (!index.has(person.email.toLowerCase())) {
      index.set(person.email.toLowerCase(), person.id)
    }
  }
  return index
}
