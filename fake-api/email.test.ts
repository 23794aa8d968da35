import { describe, expect, it } from 'vitest'
import { isValidEmail, MESSAGES } from './contract.ts'
import { SINGLE_OWNER_ORGANIZATION_ID } from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

const LONG_LABEL = 'a'.repeat(63)
const LOCAL_64 = 'l'.repeat(64)
// 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254 characters.
const EMAIL_254 = `${LOCAL_64}@${LONG_LABEL}.${LONG_LABEL}.${'c'.repeat(61)}`

/** [email, valid, why] */
const EMAIL_CASES: Array<[string, boolean, string]> = [
  ['marco.bianchi@example.it', true, 'plain address'],
  ['MARCO.Bianchi@Example.IT', true, 'upper case'],
  ['  marco@example.it  ', true, 'surrounding spaces are trimmed'],
  ['\tmarco@example.it\n', true, 'tab and newline are trimmed'],
  ['a@b.co', true, 'shortest usual address'],
  ['first.last@sub.domain.example.com', true, 'several labels'],
  ["sean.o'brien@nordavia.it", true, 'apostrophe in local part'],
  ['user+tag@example.it', true, 'plus sign'],
  ["!#$%&'*+/=?^_`{|}~-@example.it", true, 'every allowed symbol'],
  ['a-b_c@example-domain.it', true, 'hyphen inside a label'],
  ['123@456.it', true, 'digits in local part and label'],
  ['user@例え.jp', true, 'Japanese label'],
  ['user@müller-söhne.de', true, 'label with umlauts'],
  ['user@пример.рф', true, 'Cyrillic labels and top-level domain'],
  ['user@xn--mller-kva.de', true, 'punycode label'],
  ['user@example.xn--p1ai', true, 'punycode top-level domain'],
  [`${LOCAL_64}@example.it`, true, 'local part of 64 characters'],
  [`user@${LONG_LABEL}.it`, true, 'label of 63 characters'],
  [EMAIL_254, true, 'address of 254 characters'],
  ['', false, 'empty'],
  ['   ', false, 'only spaces'],
  ['marco.example.it', false, 'no @'],
  ['marco@@example.it', false, 'two @ in a row'],
  ['a@b@example.it', false, 'two @'],
  ['@example.it', false, 'empty local part'],
  ['marco@', false, 'empty domain'],
  [`${LOCAL_64}l@example.it`, false, 'local part of 65 characters'],
  [`${EMAIL_254}c`, false, 'address of 255 characters'],
  ['.marco@example.it', false, 'local part starts with a dot'],
  ['marco.@example.it', false, 'local part ends with a dot'],
  ['marco..bianchi@example.it', false, 'two dots in a row'],
  ['marco bianchi@example.it', false, 'space in local part'],
  ['marco@exam ple.it', false, 'space in domain'],
  ['"marco"@example.it', false, 'quoted local part'],
  ['marco(comment)@example.it', false, 'parentheses'],
  ['marco,b@example.it', false, 'comma'],
  ['mårco@example.it', false, 'non-ASCII letter in local part'],
  ['marco@localhost', false, 'single-label domain'],
  ['marco@example.it.', false, 'trailing dot'],
  ['marco@.example.it', false, 'leading dot in domain'],
  ['marco@example..it', false, 'empty label'],
  ['marco@-example.it', false, 'label starts with a hyphen'],
  ['marco@example-.it', false, 'label ends with a hyphen'],
  [`marco@${LONG_LABEL}a.it`, false, 'label of 64 characters'],
  ['marco@example.i', false, 'top-level domain of one character'],
  ['marco@192.168.1.1', false, 'all-digit top-level domain'],
  ['marco@[192.168.1.1]', false, 'IP literal'],
  ['marco@example_domain.it', false, 'underscore in domain'],
  ['marco@example.it/path', false, 'slash in domain'],
  ['marco@भारत.in', false, 'label with combining marks'],
  ['marco@exa\u00a0mple.it', false, 'no-break space inside the domain'],
]

describe('isValidEmail', () => {
  it('has at least 40 cases', () => {
    expect(EMAIL_CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(EMAIL_CASES)('%j is valid: %s (%s)', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid)
  })
})

describe('invitation email check over HTTP', () => {
  const standIn = useStandIn()

  it.each(EMAIL_CASES.filter(([email]) => email.trim() !== ''))(
    'invite %j is accepted: %s (%s)',
    async (email, valid) => {
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
