import { describe, expect, it } from 'vitest'
import { confirmationTextOf, isConfirmationTyped } from './typedConfirmation'

describe('isConfirmationTyped', () => {
  it.each([
    { typed: 'ada@example.it', confirmed: true },
    { typed: '  ADA@Example.IT ', confirmed: true },
    { typed: '', confirmed: false },
    { typed: 'ada@example.i', confirmed: false },
    { typed: 'ada @example.it', confirmed: false },
  ])('"$typed": $confirmed', ({ typed, confirmed }) => {
    expect(isConfirmationTyped(typed, 'ada@example.it')).toBe(confirmed)
  })
})

describe('confirmationTextOf', () => {
  const base = { email: '', username: '', firstName: '', lastName: '' }

  it.each([
    {
      member: { ...base, email: 'ada@a.it', username: 'ada' },
      text: 'ada@a.it',
    },
    { member: { ...base, username: 'ada' }, text: 'ada' },
    { member: { ...base, firstName: 'Ada', lastName: 'L' }, text: 'Ada L' },
  ])('asks for $text', ({ member, text }) => {
    expect(confirmationTextOf(member)).toBe(text)
  })
})
