// Generates the members of the seeded organizations.

import type { Role } from './contract.ts'
import type { Random } from './random.ts'
import { LARGE_ORGANIZATION_NAMED_MEMBERS } from './seed-large-organization.ts'
import { FIRST_NAMES, LAST_NAMES } from './seed-names.ts'
import {
  DEMO_OWNER,
  DEMO_VIEWER,
  DIRECTORY_PEOPLE,
  DIRECTORY_PEOPLE_IN_LARGE_ORGANIZATION,
  type PersonSpec,
} from './seed-people.ts'
import type { OrganizationSpec } from './seed-organizations.ts'
import type { Membership, SeedData } from './seed.ts'

/** Share of generated members who get a username that differs from their email. */
const OTHER_USERNAME_SHARE = 0.08
const SECURITY_OFFICER_SHARE = 0.1
/** About one owner in 500 generated members of a `Scale N` organization. */
const SCALE_OWNER_SHARE = 0.002

/** Lowercases a name and drops accents, spaces and apostrophes: "Lucía Núñez" becomes "lucia.nunez". */
export function toEmailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9.-]/g, '')
}

function addPerson(seed: SeedData, person: PersonSpec): string {
  seed.people.set(person.id, { ...person, registered: true })
  return person.id
}

/**
 * Returns the members of the large organization in list order: the demo owner and viewer,
 * the named members, two directory people, then generated people up to `size` in all.
 */
export function buildLargeMembers(
  seed: SeedData,
  domain: string,
  size: number,
  random: Random,
): Membership[] {
  const members: Membership[] = [
    { personId: DEMO_OWNER.id, role: 'owner' },
    { personId: DEMO_VIEWER.id, role: 'viewer' },
  ]
  for (const named of LARGE_ORGANIZATION_NAMED_MEMBERS) {
    const email = `${named.localPart}@${domain}`
    const id = addPerson(seed, {
      id: named.id ?? random.uuid(),
      username: named.username ?? email,
      email,
      first_name: named.first_name,
      last_name: named.last_name,
    })
    members.push({ personId: id, role: named.role })
  }
  for (const person of DIRECTORY_PEOPLE.slice(
    -DIRECTORY_PEOPLE_IN_LARGE_ORGANIZATION,
  )) {
    members.push({ personId: person.id, role: 'viewer' })
  }
  const takenEmails = new Set(
    LARGE_ORGANIZATION_NAMED_MEMBERS.map((named) =>
      `${named.localPart}@${domain}`.toLowerCase(),
    ),
  )
  while (members.length < size) {
    members.push(
      generateMember(seed, domain, takenEmails, random, randomRole(random, 0)),
    )
  }
  return members.slice(0, size)
}

/** Returns the demo owner and viewer followed by `spec.memberCount` generated people. */
export function buildRegularMembers(
  seed: SeedData,
  spec: OrganizationSpec,
  random: Random,
): Membership[] {
  const members: Membership[] = [
    { personId: DEMO_OWNER.id, role: spec.demoOwnerRole },
    { personId: DEMO_VIEWER.id, role: 'viewer' },
  ]
  const takenEmails = new Set<string>()
  for (let index = 0; index < spec.memberCount; index += 1) {
    const role = regularMemberRole(index, spec.otherOwners, random)
    members.push(generateMember(seed, spec.domain, takenEmails, random, role))
  }
  return members
}

/**
 * Returns the role of the generated member at `index`. The first `otherOwners` are owners
 * and the next one is a security officer, so every role occurs, and the rest are random.
 */
function regularMemberRole(
  index: number,
  otherOwners: number,
  random: Random,
): Role {
  if (index < otherOwners) {
    return 'owner'
  }
  return index === otherOwners ? 'security_officer' : randomRole(random, 0)
}

function randomRole(random: Random, ownerShare: number): Role {
  const draw = random.next()
  if (draw < ownerShare) {
    return 'owner'
  }
  return draw < ownerShare + SECURITY_OFFICER_SHARE
    ? 'security_officer'
    : 'viewer'
}

/** Creates a registered person with a unique email on `domain` and returns their membership. */
function generateMember(
  seed: SeedData,
  domain: string,
  takenEmails: Set<string>,
  random: Random,
  role: Role,
): Membership {
  const firstName = random.pick(FIRST_NAMES)
  const lastName = random.pick(LAST_NAMES)
  const baseLocalPart = toEmailLocalPart(`${firstName} ${lastName}`)
  let email = `${baseLocalPart}@${domain}`
  for (let suffix = 2; takenEmails.has(email); suffix += 1) {
    email = `${baseLocalPart}${suffix}@${domain}`
  }
  takenEmails.add(email)
  const username =
    random.next() < OTHER_USERNAME_SHARE
      ? toEmailLocalPart(`${firstName[0]}${lastName}`)
      : email
  const id = addPerson(seed, {
    id: random.uuid(),
    username,
    email,
    first_name: firstName,
    last_name: lastName,
  })
  return { personId: id, role }
}

/** Returns the members of a `Scale N` organization: the demo owner, then generated people. */
export function buildScaleMembers(
  seed: SeedData,
  domain: string,
  size: number,
  random: Random,
): Membership[] {
  const members: Membership[] = [{ personId: DEMO_OWNER.id, role: 'owner' }]
  const takenEmails = new Set<string>()
  while (members.length < size) {
    const role = randomRole(random, SCALE_OWNER_SHARE)
    members.push(generateMember(seed, domain, takenEmails, random, role))
  }
  return members
}
