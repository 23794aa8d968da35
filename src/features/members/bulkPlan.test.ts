import { describe, expect, it } from 'vitest'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import {
  bulkConfirmationText,
  findStaleChanges,
  planBulk,
  type BulkAction,
} from './bulkPlan'

function member(id: string, role: Role | null): Member {
  return {
    id,
    username: `${id}@example.it`,
    email: `${id}@example.it`,
    firstName: id,
    lastName: '',
    role,
    apiRole: role,
  }
}

const ada = member('ada', 'owner')
const bea = member('bea', 'owner')
const carlo = member('carlo', 'viewer')
const dora = member('dora', 'security_officer')
const all = [ada, bea, carlo, dora]

describe('planBulk', () => {
  const cases: {
    name: string
    selected: string[]
    action: BulkAction
    changes: string[]
    unchanged: string[]
    ownersAfter: number
    ownerChanges: string[]
  }[] = [
    {
      name: 'makes two members viewers',
      selected: ['carlo', 'dora'],
      action: { kind: 'role', role: 'viewer' },
      changes: ['dora'],
      unchanged: ['carlo'],
      ownersAfter: 2,
      ownerChanges: [],
    },
    {
      name: 'promotes first',
      selected: ['ada', 'carlo', 'dora'],
      action: { kind: 'role', role: 'owner' },
      changes: ['carlo', 'dora'],
      unchanged: ['ada'],
      ownersAfter: 4,
      ownerChanges: ['carlo', 'dora'],
    },
    {
      name: 'demotes one of two owners',
      selected: ['ada'],
      action: { kind: 'role', role: 'security_officer' },
      changes: ['ada'],
      unchanged: [],
      ownersAfter: 1,
      ownerChanges: ['ada'],
    },
    {
      name: 'removes both owners',
      selected: ['ada', 'bea', 'carlo'],
      action: { kind: 'remove' },
      changes: ['ada', 'bea', 'carlo'],
      unchanged: [],
      ownersAfter: 0,
      ownerChanges: ['ada', 'bea'],
    },
    {
      name: 'skips ids no longer listed',
      selected: ['gone', 'carlo'],
      action: { kind: 'remove' },
      changes: ['carlo'],
      unchanged: [],
      ownersAfter: 2,
      ownerChanges: [],
    },
  ]

  it.each(cases)(
    '$name',
    ({ selected, action, changes, unchanged, ownersAfter, ownerChanges }) => {
      const plan = planBulk(all, new Set(selected), action)

      expect(plan.changes.map(({ member: { id } }) => id)).toEqual(changes)
      expect(plan.unchanged.map(({ id }) => id)).toEqual(unchanged)
      expect(plan.ownersBefore).toBe(2)
      expect(plan.ownersAfter).toBe(ownersAfter)
      expect(plan.ownerChanges.map(({ member: { id } }) => id)).toEqual(
        ownerChanges,
      )
    },
  )

  it('puts promotions before the other changes', () => {
    const plan = planBulk(
      [member('a', 'owner'), member('b', 'viewer')],
      new Set(['a', 'b']),
      { kind: 'role', role: 'owner' },
    )
    expect(plan.changes.map(({ to }) => to)).toEqual(['owner'])
  })
})

describe('bulkConfirmationText', () => {
  const email = (candidate: Member) => candidate.email

  it.each([
    { selected: ['carlo'], action: 'viewer', text: null },
    { selected: ['ada', 'carlo'], action: 'viewer', text: 'ada@example.it' },
    { selected: ['carlo', 'dora'], action: 'owner', text: 'Org' },
  ] as const)(
    '$selected to $action asks for $text',
    ({ selected, action, text }) => {
      const plan = planBulk(all, new Set(selected), {
        kind: 'role',
        role: action,
      })
      expect(bulkConfirmationText(plan, 'Org', email)).toBe(text)
    },
  )
})

describe('findStaleChanges', () => {
  const plan = planBulk(all, new Set(['carlo', 'dora']), { kind: 'remove' })

  it('finds nothing in an unchanged list', () => {
    expect(findStaleChanges(plan, { members: all, total: 4 })).toEqual([])
  })

  it('names a changed role and a member gone', () => {
    const now = [
      ada,
      bea,
      { ...carlo, role: 'owner' as const, apiRole: 'owner' },
    ]
    const changes = findStaleChanges(plan, { members: now, total: 3 })
    expect(changes.map(({ kind, member: { id } }) => `${kind} ${id}`)).toEqual([
      'role carlo',
      'gone dora',
    ])
  })
})
