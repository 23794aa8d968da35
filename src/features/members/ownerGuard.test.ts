import { describe, expect, it } from 'vitest'
import type { Role } from '../../api/roles'
import {
  changesOwnerRole,
  countOwners,
  isLastOwner,
  wouldLeaveNoOwner,
} from './ownerGuard'

function members(...roles: (Role | null)[]) {
  return roles.map((role, index) => ({ id: `m${index}`, role }))
}

describe('countOwners', () => {
  it.each([
    { roles: [], owners: 0 },
    { roles: ['viewer', 'security_officer'], owners: 0 },
    { roles: ['owner'], owners: 1 },
    { roles: ['owner', null, 'owner', 'viewer'], owners: 2 },
  ] as { roles: (Role | null)[]; owners: number }[])(
    '$roles has $owners owners',
    ({ roles, owners }) => {
      expect(countOwners(members(...roles))).toBe(owners)
    },
  )
})

describe('wouldLeaveNoOwner', () => {
  const cases: {
    roles: (Role | null)[]
    target: number
    to: Role | null
    blocked: boolean
  }[] = [
    { roles: ['owner', 'viewer'], target: 0, to: 'viewer', blocked: true },
    {
      roles: ['owner', 'viewer'],
      target: 0,
      to: 'security_officer',
      blocked: true,
    },
    { roles: ['owner', 'viewer'], target: 0, to: null, blocked: true },
    { roles: ['owner', 'viewer'], target: 0, to: 'owner', blocked: false },
    { roles: ['owner', 'owner'], target: 0, to: 'viewer', blocked: false },
    { roles: ['owner', 'owner'], target: 1, to: null, blocked: false },
    { roles: ['owner', 'viewer'], target: 1, to: null, blocked: false },
    { roles: ['owner', null], target: 1, to: 'viewer', blocked: false },
  ]

  it.each(cases)(
    'member $target of $roles to $to: blocked $blocked',
    ({ roles, target, to, blocked }) => {
      const list = members(...roles)
      expect(
        wouldLeaveNoOwner(list, list[target] as (typeof list)[0], to),
      ).toBe(blocked)
    },
  )

  it('reads the role from the list, not from the member passed', () => {
    const list = members('owner', 'owner')
    expect(isLastOwner(list, { id: 'm0', role: 'viewer' })).toBe(false)
    expect(isLastOwner(members('owner'), { id: 'm0', role: 'viewer' })).toBe(
      true,
    )
  })

  it('finds no owner in a member absent from the list', () => {
    expect(isLastOwner(members('owner'), { id: 'gone', role: 'owner' })).toBe(
      false,
    )
  })
})

describe('changesOwnerRole', () => {
  it.each([
    { from: 'viewer', to: 'owner', changes: true },
    { from: 'owner', to: 'security_officer', changes: true },
    { from: 'owner', to: null, changes: true },
    { from: null, to: 'owner', changes: true },
    { from: 'owner', to: 'owner', changes: false },
    { from: 'viewer', to: 'security_officer', changes: false },
    { from: 'security_officer', to: null, changes: false },
    { from: null, to: 'viewer', changes: false },
  ] as { from: Role | null; to: Role | null; changes: boolean }[])(
    '$from to $to: $changes',
    ({ from, to, changes }) => {
      expect(changesOwnerRole(from, to)).toBe(changes)
    },
  )
})
