// Builds the deterministic seeded store: organizations, people, memberships and tokens.

import type { Contact, Organization, Role } from './contract.ts'
import { createRandom, type Random } from './random.ts'
import { addHostileOrganizations } from './seed-hostile.ts'
import {
  buildLargeMembers,
  buildRegularMembers,
  buildScaleMembers,
  toEmailLocalPart,
} from './seed-members.ts'
import {
  DEMO_OWNER,
  DEMO_OWNER_TOKEN,
  DEMO_VIEWER,
  DEMO_VIEWER_TOKEN,
  DIRECTORY_PEOPLE,
  type PersonSpec,
} from './seed-people.ts'
import {
  FIRST_SCALE_ORGANIZATION_ID,
  LARGE_ORGANIZATION_ID,
  ORGANIZATION_SPECS,
  type OrganizationSpec,
} from './seed-organizations.ts'

export interface SeedOptions {
  /** Members of the large organization, at least 2 (the demo owner and viewer). Default 212. */
  largeOrganizationSize?: number
  /** For each number N, adds an organization `Scale N` with exactly N members. */
  scaleOrganizations?: number[]
  /** Seed of the pseudo-random generator. Default 20261204. */
  randomSeed?: number
  /** Adds organizations 1015 and 1016, whose fields hold markup and odd links (seed-hostile.ts). */
  hostileOrganizations?: boolean
}

export interface Person extends PersonSpec {
  /** False for people invited by an email that no registered person has. */
  registered: boolean
}

export interface Membership {
  personId: string
  role: Role
}

export interface SeedData {
  organizations: Organization[]
  /** Members of each organization by organization id, in list order. */
  memberships: Map<number, Membership[]>
  people: Map<string, Person>
  /** Person id by API token. */
  tokens: Map<string, string>
}

export const DEFAULT_LARGE_ORGANIZATION_SIZE = 212
export const DEFAULT_RANDOM_SEED = 20261204

export function createSeed(options: SeedOptions = {}): SeedData {
  const largeSize =
    options.largeOrganizationSize ?? DEFAULT_LARGE_ORGANIZATION_SIZE
  validateMemberCount('largeOrganizationSize', largeSize, 2)
  const scaleSizes = options.scaleOrganizations ?? []
  for (const size of scaleSizes) {
    validateMemberCount('scaleOrganizations', size, 1)
  }

  const random = createRandom(options.randomSeed ?? DEFAULT_RANDOM_SEED)
  const seed: SeedData = {
    organizations: [],
    memberships: new Map(),
    people: new Map(),
    tokens: new Map([
      [DEMO_OWNER_TOKEN, DEMO_OWNER.id],
      [DEMO_VIEWER_TOKEN, DEMO_VIEWER.id],
    ]),
  }
  for (const person of [DEMO_OWNER, DEMO_VIEWER, ...DIRECTORY_PEOPLE]) {
    seed.people.set(person.id, { ...person, registered: true })
  }

  for (const spec of ORGANIZATION_SPECS) {
    seed.organizations.push(buildOrganization(spec, random))
    const members =
      spec.id === LARGE_ORGANIZATION_ID
        ? buildLargeMembers(seed, spec.domain, largeSize, random)
        : buildRegularMembers(seed, spec, random)
    seed.memberships.set(spec.id, members)
  }
  scaleSizes.forEach((size, index) =>
    addScaleOrganization(seed, size, index, random),
  )
  if (options.hostileOrganizations) addHostileOrganizations(seed)
  return seed
}

function validateMemberCount(
  name: string,
  value: number,
  minimum: number,
): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(
      `${name}: expected an integer of at least ${minimum}, got ${value}`,
    )
  }
}

function buildOrganization(
  spec: OrganizationSpec,
  random: Random,
): Organization {
  const slug = spec.domain.split('.')[0] ?? spec.domain
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    ips: spec.ips,
    // The reserved .example top-level domain never resolves, so no image is fetched.
    logo: spec.hasLogo
      ? `https://static.aegister.example/logos/${slug}.png`
      : '',
    domains: [spec.domain],
    website: `https://www.${spec.domain}`,
    sectors: spec.sectors,
    industries: spec.industries,
    infrastructure: spec.infrastructure,
    number_employees: spec.number_employees,
    contacts: spec.contacts.map(([name, role], index) =>
      buildContact(spec.domain, name, role, index, random),
    ),
  }
}

function buildContact(
  domain: string,
  name: string,
  role: string,
  index: number,
  random: Random,
): Contact {
  const phoneDigits = String(1_000_000 + random.integer(9_000_000))
  return {
    name,
    role,
    email: `${toEmailLocalPart(name)}@${domain}`,
    phone: `+39 02 ${phoneDigits.slice(0, 3)} ${phoneDigits.slice(3)}`,
    email_report: index === 0,
  }
}

function addScaleOrganization(
  seed: SeedData,
  size: number,
  index: number,
  random: Random,
): void {
  const id = FIRST_SCALE_ORGANIZATION_ID + index
  const domain = `scale${id}.example.com`
  seed.organizations.push({
    id,
    name: `Scale ${size}`,
    description: `Generated organization with ${size} members, for benchmarks.`,
    ips: [],
    logo: '',
    domains: [domain],
    website: `https://www.${domain}`,
    sectors: [],
    industries: [],
    infrastructure: 'cloud',
    number_employees: size,
    contacts: [],
  })
  seed.memberships.set(id, buildScaleMembers(seed, domain, size, random))
}
