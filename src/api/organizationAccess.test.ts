import { describe, expect, it } from 'vitest'
import { callerRoleIn } from './organizationAccess'
import { nextOrganizationOffset, type Organization } from './organizations'

function organization(id: number): Organization {
  return {
    id,
    name: `Org ${id}`,
    description: '',
    logo: '',
    website: '',
    domains: [],
  }
}

describe('callerRoleIn', () => {
  const owned = [organization(1)]
  const editable = [organization(1), organization(2)]

  it.each([
    { id: 1, role: 'owner' },
    { id: 2, role: 'security_officer' },
    { id: 3, role: 'viewer' },
  ])('organization $id: $role', ({ id, role }) => {
    expect(callerRoleIn(id, owned, editable)).toBe(role)
  })
})

describe('nextOrganizationOffset', () => {
  const page = (count: number, total: number) => ({
    organizations: Array.from({ length: count }, (_, index) =>
      organization(index),
    ),
    total,
  })

  it.each([
    { pages: [], next: undefined },
    { pages: [page(14, 14)], next: undefined },
    { pages: [page(100, 230)], next: 100 },
    { pages: [page(100, 230), page(100, 230)], next: 200 },
    { pages: [page(100, 230), page(100, 230), page(30, 230)], next: undefined },
    // A total that never matches cannot ask for pages forever.
    { pages: [page(100, 500), page(0, 500)], next: undefined },
  ])('after $pages.length pages: $next', ({ pages, next }) => {
    expect(nextOrganizationOffset(pages)).toBe(next)
  })
})
