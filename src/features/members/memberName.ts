import type { Member } from '../../api/members'

/** First and last name; the username, then the email, when both are empty. */
export function memberDisplayName(
  member: Pick<Member, 'firstName' | 'lastName' | 'username' | 'email'>,
): string {
  const fullName = `${member.firstName.trim()} ${member.lastName.trim()}`.trim()
  return fullName || member.username.trim() || member.email.trim()
}
