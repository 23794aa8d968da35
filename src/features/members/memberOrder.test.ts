import { describe, expect, it } from 'vitest'
import type { Member } from '../../api/members'
import { blankMember } from '../../test/members'
import { sortMembers } from './memberOrder'

const zoe = blankMember({ firstName: 'Zoë', email: 'a@x.it', role: 'owner' })
const emil = blankMember({ firstName: 'émile', email: 'c@x.it' })
const anna = blankMember({ firstName: 'Anna', email: 'B@x.it', role: null })
const user10 = blankMember({ username: 'user10', email: 'user10@x.it' })
const user9 = blankMember({ username: 'user9', email: 'user9@x.it' })
const all = [zoe, emil, anna, user10, user9]

const emails = (members: Member[]) => members.map(({ email }) => email)

describe('sortMembers', () => {
  it('sorts names ignoring accents and case', () => {
    const sorted = sortMembers(all, { column: 'name', descending: false })
    expect(emails(sorted)).toEqual([
      'B@x.it',
      'c@x.it',
      'user9@x.it',
      'user10@x.it',
      'a@x.it',
    ])
  })

  it('reverses the order when descending', () => {
    const sorted = sortMembers(all, { column: 'email', descending: true })
    expect(emails(sorted)).toEqual([
      'user10@x.it',
      'user9@x.it',
      'c@x.it',
      'B@x.it',
      'a@x.it',
    ])
  })

  it('puts unknown roles first and names in order within a role', () => {
    const sorted = sortMembers(all, { column: 'role', descending: false })
    expect(emails(sorted)).toEqual([
      'B@x.it',
      'c@x.it',
      'user9@x.it',
      'user10@x.it',
      'a@x.it',
    ])
  })

  it('keeps names A to Z within a role when descending', () => {
    const sorted = sortMembers(all, { column: 'role', descending: true })
    expect(emails(sorted)).toEqual([
      'a@x.it',
      'c@x.it',
      'user9@x.it',
      'user10@x.it',
      'B@x.it',
    ])
  })

  it('leaves its input unchanged', () => {
    const input = [...all]
    sortMembers(input, { column: 'name', descending: true })
    expect(input).toEqual(all)
  })
})
