import { expect, type APIRequestContext } from '@playwright/test'
import { OWNER_TOKEN } from './fixtures.ts'

/** A member as the API sends it. */
export interface ApiMember {
  id: string
  username: string
  email: string
  first_name: string
  last_name: string
  role: 'viewer' | 'security_officer' | 'owner'
}

/** The demo owner, Giulia Rossi, as the stand-in seeds her. */
export const DEMO_OWNER = {
  name: 'Giulia Rossi',
  email: 'giulia.rossi@presidiosicurezza.it',
}

const headers = (token: string) => ({ 'X-Aegister-Token': token })

/** Reads an organization's members straight from the API, as another client would. */
export async function readMembers(
  request: APIRequestContext,
  organizationId: number,
  token = OWNER_TOKEN,
): Promise<ApiMember[]> {
  const response = await request.get(
    `/api/v1/organizations/${organizationId}/users`,
    { headers: headers(token) },
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { data: ApiMember[] }).data
}

export async function findMember(
  request: APIRequestContext,
  organizationId: number,
  email: string,
): Promise<ApiMember> {
  const members = await readMembers(request, organizationId)
  const member = members.find((candidate) => candidate.email === email)
  if (!member) throw new Error(`No member ${email} in ${organizationId}`)
  return member
}

/** Changes a role behind the panel's back, as another owner would. */
export async function putRole(
  request: APIRequestContext,
  organizationId: number,
  userId: string,
  role: ApiMember['role'],
): Promise<void> {
  const response = await request.put(
    `/api/v1/organizations/${organizationId}/users/${userId}`,
    { headers: headers(OWNER_TOKEN), data: { role } },
  )
  expect(response.status()).toBe(200)
}

/** Removes a member behind the panel's back, as another owner would. */
export async function deleteMember(
  request: APIRequestContext,
  organizationId: number,
  userId: string,
): Promise<void> {
  const response = await request.delete(
    `/api/v1/organizations/${organizationId}/users/${userId}`,
    { headers: headers(OWNER_TOKEN) },
  )
  expect(response.status()).toBe(200)
}
