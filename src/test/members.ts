import type { Member } from '../api/members'

/**
 * Builds a viewer with empty names, overridden by `overrides`. Its id is
 * its email, so members built with different emails differ.
 */
export function blankMember(overrides: Partial<Member>): Member {
  return {
    id: overrides.email ?? 'id',
    username: '',
    email: '',
    firstName: '',
    lastName: '',
    role: 'viewer',
    apiRole: 'viewer',
    ...overrides,
  }
}
