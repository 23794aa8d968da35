import { describe, expect, it } from 'vitest'
import { memberFormSchema } from './memberFormSchema'

function issuesOf(input: unknown): Record<string, string> {
  const result = memberFormSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  )
}

describe('memberFormSchema', () => {
  const accepted = [
    {
      name: 'invite with a valid email',
      input: { userId: '0', role: 'viewer', email: 'ada@example.com' },
      output: { userId: '0', role: 'viewer', email: 'ada@example.com' },
    },
    {
      name: 'invite trims the email',
      input: { userId: '0', role: 'owner', email: '  ada@example.com \n' },
      output: { userId: '0', role: 'owner', email: 'ada@example.com' },
    },
    {
      name: 'edit sends no email',
      input: {
        userId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
        role: 'security_officer',
        email: 'ada@example.com',
      },
      output: {
        userId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
        role: 'security_officer',
      },
    },
    {
      name: 'edit accepts an empty email',
      input: { userId: 'abc', role: 'viewer', email: '' },
      output: { userId: 'abc', role: 'viewer' },
    },
    {
      name: 'edit ignores a malformed email',
      input: { userId: 'abc', role: 'owner', email: 'not an email' },
      output: { userId: 'abc', role: 'owner' },
    },
  ]

  it.each(accepted)('accepts $name', ({ input, output }) => {
    expect(memberFormSchema.parse(input)).toEqual(output)
  })

  const rejected = [
    {
      name: 'invite with an empty email',
      input: { userId: '0', role: 'viewer', email: '' },
      path: 'email',
      message: 'validation.emailRequired',
    },
    {
      name: 'invite with a blank email',
      input: { userId: '0', role: 'viewer', email: '   \t' },
      path: 'email',
      message: 'validation.emailRequired',
    },
    {
      name: 'invite with no at sign',
      input: { userId: '0', role: 'viewer', email: 'ada.example.com' },
      path: 'email',
      message: 'validation.emailInvalid',
    },
    {
      name: 'invite with two at signs',
      input: { userId: '0', role: 'viewer', email: 'ada@@example.com' },
      path: 'email',
      message: 'validation.emailInvalid',
    },
    {
      name: 'invite with a space inside',
      input: { userId: '0', role: 'viewer', email: 'ada lovelace@example.com' },
      path: 'email',
      message: 'validation.emailInvalid',
    },
    {
      name: 'invite with no domain dot',
      input: { userId: '0', role: 'viewer', email: 'ada@localhost' },
      path: 'email',
      message: 'validation.emailInvalid',
    },
    {
      name: 'an empty role',
      input: { userId: 'abc', role: '', email: '' },
      path: 'role',
      message: 'validation.roleRequired',
    },
    {
      name: 'a role outside the enum',
      input: { userId: 'abc', role: 'admin', email: '' },
      path: 'role',
      message: 'validation.roleRequired',
    },
    {
      name: 'a role in another case',
      input: { userId: '0', role: 'Owner', email: 'ada@example.com' },
      path: 'role',
      message: 'validation.roleRequired',
    },
  ]

  it.each(rejected)('rejects $name', ({ input, path, message }) => {
    expect(issuesOf(input)[path]).toBe(message)
  })

  it('reports both fields of a bad invite at once', () => {
    const issues = issuesOf({ userId: '0', role: 'admin', email: '' })

    expect(issues.role).toBe('validation.roleRequired')
    expect(issues.email).toBe('validation.emailRequired')
  })
})
