// The panel checks an invitation's email before sending it, and the stand-in checks it
// again, as Aegister does. Both must give every address of the table the same outcome,
// or the panel would block an address the API takes, or send one it rejects.

import { describe, expect, it } from 'vitest'
import { isValidEmail as standInAccepts } from '../fake-api/contract.ts'
import { EMAIL_CASES } from '../fake-api/email-cases.ts'
import { isValidEmail as panelAccepts } from '../src/api/emailAddress.ts'
import { memberFormSchema } from '../src/features/members/memberFormSchema.ts'

/** Whether the invite dialog's form lets the address through, trimming it as the dialog does. */
function inviteFormAccepts(email: string): boolean {
  return memberFormSchema.safeParse({ userId: '0', role: 'viewer', email })
    .success
}

describe('email rule of panel and stand-in', () => {
  it('has at least 40 cases', () => {
    expect(EMAIL_CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(EMAIL_CASES)(
    'panel: $email is valid: $valid ($why)',
    ({ email, valid }) => {
      expect(panelAccepts(email.trim())).toBe(valid)
    },
  )

  it.each(EMAIL_CASES)(
    'invite form: $email is valid: $valid ($why)',
    ({ email, valid }) => {
      expect(inviteFormAccepts(email)).toBe(valid)
    },
  )

  it.each(EMAIL_CASES)('stand-in agrees on $email ($why)', ({ email }) => {
    expect(standInAccepts(email)).toBe(inviteFormAccepts(email))
  })
})
