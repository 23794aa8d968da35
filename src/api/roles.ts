/**
 * Roles a member can hold in an organization, in the order the API
 * documents them and the panel lists them: least to most powerful.
 */
export const ROLES = ['viewer', 'security_officer', 'owner'] as const

export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return (
    typeof value === 'string' && (ROLES as readonly string[]).includes(value)
  )
}
