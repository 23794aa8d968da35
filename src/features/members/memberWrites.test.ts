import { describe, expect, it } from 'vitest'
import type { Member, MemberList } from '../../api/members'
import {
  findStaleChange,
  withMember,
  withoutMember,
  withRole,
} from './memberWrites'

const ada: Member = {
  id: 'ada',
  username: 'ada',
  email: 'ada@example.it',
  firstName: 'Ada',
  lastName: '',
  role: 'viewer',
  apiRole: 'viewer',
}
const bruno: Member = { ...ada, id: 'bruno', email: 'bruno@example.it' }
const list: MemberList = { members: [ada, bruno], total: 2 }

describe('findStaleChange', () => {
  it.each([
    { name: 'unchanged', now: [ada, bruno], kind: null },
    { name: 'gone', now: [bruno], kind: 'gone' },
    {
      name: 'promoted',
      now: [{ ...ada, role: 'owner', apiRole: 'owner' }, bruno],
      kind: 'role',
    },
    {
      name: 'given a role the panel does not know',
      now: [{ ...ada, role: null, apiRole: 'auditor' }, bruno],
      kind: 'role',
    },
    {
      name: 'renamed only',
      now: [{ ...ada, firstName: 'Adele' }, bruno],
      kind: null,
    },
  ] as { name: string; now: Member[]; kind: string | null }[])(
    '$name: $kind',
    ({ now, kind }) => {
      const change = findStaleChange({ members: now, total: now.length }, ada)
      expect(change?.kind ?? null).toBe(kind)
    },
  )
})

describe('list updates', () => {
  it('replaces one role', () => {
    const updated = withRole(list, 'ada', 'owner')
    expect(updated.members[0]).toMatchObject({
      role: 'owner',
      apiRole: 'owner',
    })
    expect(updated.members[1]).toBe(bruno)
  })

  it('puts a member back as they were', () => {
    const restored = withMember(withRole(list, 'ada', 'owner'), ada)
    expect(restored.members[0]).toBe(ada)
  })

  it('drops a member and counts one fewer', () => {
    expect(withoutMember(list, 'ada')).toEqual({ members: [bruno], total: 1 })
  })

  it('keeps the total of a member not listed', () => {
    expect(withoutMember(list, 'nobody')).toEqual(list)
  })
})
