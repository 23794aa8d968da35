// Organizations whose fields hold markup, script and odd links, added only when a seed asks
// for them (`hostileOrganizations`), so tests can check that the panel shows such data as
// inert text. The default seed leaves them out, so its counts stay as documented.

import type { Organization } from './contract.ts'
import type { PersonSpec } from './seed-people.ts'
import { DEMO_OWNER, DEMO_VIEWER } from './seed-people.ts'
import type { Membership, SeedData } from './seed.ts'

export const HOSTILE_ORGANIZATION_ID = 1015
/** An organization with a harmless name whose logo is an https address that never responds. */
export const HTTPS_LOGO_ORGANIZATION_ID = 1016

/** Markup that runs script if a client ever puts it into the page as HTML. */
export const HOSTILE_MARKUP = {
  image: '<img src=x onerror="document.title=\'xss\'">',
  script: '<script>document.title="xss"</script>',
  link: 'javascript:document.title="xss"',
  svg: '<svg onload="document.title=\'xss\'">',
} as const

/** https on port 9 of the loopback address: the browser's request is refused at once. */
export const UNREACHABLE_HTTPS_LOGO = 'https://127.0.0.1:9/logo.png'

const HOSTILE_PEOPLE: readonly PersonSpec[] = [
  {
    id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01',
    username: 'markup.name@hostile.example',
    email: 'markup.name@hostile.example',
    first_name: HOSTILE_MARKUP.image,
    last_name: HOSTILE_MARKUP.script,
  },
  {
    id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02',
    username: HOSTILE_MARKUP.link,
    email: `${HOSTILE_MARKUP.svg}@hostile.example`,
    first_name: '',
    last_name: '',
  },
]

function hostileOrganization(): Organization {
  return {
    id: HOSTILE_ORGANIZATION_ID,
    name: `Hostile ${HOSTILE_MARKUP.image} S.p.A.`,
    description: `Description with ${HOSTILE_MARKUP.script} inside`,
    ips: [],
    logo: HOSTILE_MARKUP.link,
    domains: [`${HOSTILE_MARKUP.svg}.hostile.example`],
    website: HOSTILE_MARKUP.link,
    sectors: [HOSTILE_MARKUP.image],
    industries: [],
    infrastructure: 'cloud',
    number_employees: 3,
    contacts: [],
  }
}

function httpsLogoOrganization(): Organization {
  return {
    id: HTTPS_LOGO_ORGANIZATION_ID,
    name: 'Logo over https S.r.l.',
    description: 'Its logo is an https address.',
    ips: [],
    logo: UNREACHABLE_HTTPS_LOGO,
    domains: ['logo-https.example'],
    website: 'https://logo-https.example',
    sectors: [],
    industries: [],
    infrastructure: 'cloud',
    number_employees: 1,
    contacts: [],
  }
}

/** Adds both organizations, with the demo owner as their owner and the demo viewer as a viewer. */
export function addHostileOrganizations(seed: SeedData): void {
  for (const person of HOSTILE_PEOPLE) {
    seed.people.set(person.id, { ...person, registered: true })
  }
  const demoMembers = (): Membership[] => [
    { personId: DEMO_OWNER.id, role: 'owner' },
    { personId: DEMO_VIEWER.id, role: 'viewer' },
  ]
  seed.organizations.push(hostileOrganization(), httpsLogoOrganization())
  seed.memberships.set(HOSTILE_ORGANIZATION_ID, [
    ...demoMembers(),
    ...HOSTILE_PEOPLE.map((person) => ({
      personId: person.id,
      role: 'viewer' as const,
    })),
  ])
  seed.memberships.set(HTTPS_LOGO_ORGANIZATION_ID, demoMembers())
}
