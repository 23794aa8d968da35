import { describe, expect, it } from 'vitest'
import { isValidEmail, MESSAGES } from './contract.ts'
import { EMAIL_CASES } from './email-cases.ts'
import { SINGLE_OWNER_ORGANIZATION_ID } from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

describe('isValidEmail', () => {
  it('has at least 40 cases', () => {
    expect(EMAIL_CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(EMAIL_CASES)('$email is valid: $valid ($why)', ({ email, valid }) => {
    expect(isValidEmail(email)).toBe(valid)
  })
})

describe('invitation email check over HTTP', () => {
  const standIn = useStandIn()

  it.each(EMAIL_CASES.filter(({ email }) => email.trim() !== ''))(
    'invite $email is accepted: $valid ($why)',
    async ({ email, valid }) => {
      await standIn.reset()
      const result = await standIn.request(
        `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users/0`,
        { method: 'PUT', body: { role: 'viewer', email } },
      )
      if (valid) {
        expect(result.status).toBe(200)
        expect(result.json.error).toBe(0)
      } else {
        expect(result.status).toBe(400)
        expect(result.json.messages).toEqual([
          MESSAGES.invalidData,
          MESSAGES.emailInvalid,
        ])
      }
    },
  )
})
