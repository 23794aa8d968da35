// The seeded organizations. seed-members.ts generates their members from `memberCount`,
// `demoOwnerRole` and `otherOwners`.

import type { Role } from './contract.ts'
import { OTHER_ORGANIZATION_SPECS } from './seed-other-organizations.ts'

export interface OrganizationSpec {
  id: number
  name: string
  domain: string
  description: string
  sectors: string[]
  industries: string[]
  infrastructure: 'cloud' | 'on_premise' | 'hybrid'
  number_employees: number
  ips: string[]
  hasLogo: boolean
  /** Contact names with their job titles. seed.ts derives emails and phone numbers from them. */
  contacts: Array<[name: string, role: string]>
  /** Generated members besides the two demo people. The large organization ignores it. */
  memberCount: number
  demoOwnerRole: Role
  /** How many generated members are owners. */
  otherOwners: number
}

export const LARGE_ORGANIZATION_ID = 1001
export const SINGLE_OWNER_ORGANIZATION_ID = 1002
export const VIEWER_ONLY_ORGANIZATION_ID = 1003

/** Id of the first `Scale N` organization. The next ones count up from it. */
export const FIRST_SCALE_ORGANIZATION_ID = 9001

export type OrganizationSpecInput = Omit<
  OrganizationSpec,
  'hasLogo' | 'otherOwners' | 'demoOwnerRole'
> &
  Partial<OrganizationSpec>

/**
 * Fills the defaults: no logo, one other owner, and the demo owner as an
 * owner. Logos are off by default because a logo address makes the
 * browser reach for another host, which the demo and the tests must not do.
 */
function organization(spec: OrganizationSpecInput): OrganizationSpec {
  return { hasLogo: false, otherOwners: 1, demoOwnerRole: 'owner', ...spec }
}

export const ORGANIZATION_SPECS: readonly OrganizationSpec[] = [
  organization({
    id: LARGE_ORGANIZATION_ID,
    name: 'Nordavia Logistica S.p.A.',
    domain: 'nordavia.it',
    description:
      'Road and rail freight between northern Italy, Switzerland and Bavaria.',
    sectors: ['transport'],
    industries: ['logistics', 'rail freight'],
    infrastructure: 'hybrid',
    number_employees: 1840,
    ips: ['93.41.12.0/24', '93.41.13.17'],
    contacts: [
      ['Alessandro Marchetti', 'CISO'],
      ['Paola Monti', 'IT Manager'],
    ],
    memberCount: 0,
    otherOwners: 0,
  }),
  organization({
    id: SINGLE_OWNER_ORGANIZATION_ID,
    name: 'Studio Legale Ferraris & Conti',
    domain: 'studioferrarisconti.it',
    description:
      'Law firm in Turin specialised in corporate and data protection law.',
    sectors: ['professional services'],
    industries: ['legal'],
    infrastructure: 'cloud',
    number_employees: 24,
    ips: ['151.22.80.14'],
    contacts: [['Elisa Ferraris', 'Managing Partner']],
    memberCount: 5,
    otherOwners: 0,
  }),
  organization({
    id: VIEWER_ONLY_ORGANIZATION_ID,
    name: 'Cantine Valpolicella Riunite',
    domain: 'cantinevalpolicella.it',
    description: 'Cooperative of wine producers near Verona.',
    sectors: ['agriculture'],
    industries: ['wine', 'food and beverage'],
    infrastructure: 'on_premise',
    number_employees: 310,
    ips: ['79.11.200.0/28'],
    hasLogo: false,
    contacts: [['Roberto Zanetti', 'IT Manager']],
    memberCount: 6,
    demoOwnerRole: 'viewer',
    otherOwners: 2,
  }),
  ...OTHER_ORGANIZATION_SPECS.map(organization),
]
