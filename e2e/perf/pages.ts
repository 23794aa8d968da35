// Page helpers shared by the performance gates and `npm run bench`.

import type { APIRequestContext, Page } from '@playwright/test'

/** sessionStorage key of the panel's token, as in src/features/session/tokenStore.ts. */
export const TOKEN_STORAGE_KEY = 'aegister.token'
export const OWNER_TOKEN = 'demo-owner-token'

/** Organization of 212 members in the stand-in's default seed. */
export const LARGE_ORGANIZATION_ID = 1001

/**
 * Stores the owner's token in sessionStorage before each document of the
 * page runs its scripts, so the page opens signed in without a sign-in
 * request. A full reload signs the page in again; a sign-out inside the
 * panel (no reload) stays signed out.
 */
export async function openSignedIn(page: Page): Promise<void> {
  await page.addInitScript(
    ({ key, token }) => sessionStorage.setItem(key, token),
    { key: TOKEN_STORAGE_KEY, token: OWNER_TOKEN },
  )
}

/** Makes every request to a host other than 127.0.0.1 fail, as the tests do. */
export async function blockOtherHosts(page: Page): Promise<void> {
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
}

export function membersPath(organizationId: number): string {
  return `/organizations/${organizationId}/members`
}

/** The first body row of the members table. */
export function firstMemberRow(page: Page) {
  return page.locator('table tbody tr').first()
}

/**
 * Returns the ids of the stand-in's `Scale N` organizations by member
 * count, read from the API as the demo owner sees them.
 */
export async function findScaleOrganizations(
  request: APIRequestContext,
  baseUrl: string,
): Promise<Map<number, number>> {
  const response = await request.get(
    `${baseUrl}/api/v1/organizations?name=Scale&limit=100`,
    { headers: { 'X-Aegister-Token': OWNER_TOKEN } },
  )
  if (!response.ok()) {
    throw new Error(
      `GET /api/v1/organizations?name=Scale failed with HTTP ${response.status()}`,
    )
  }
  const body = (await response.json()) as {
    data: { id: number; name: string }[]
  }
  const organizations = new Map<number, number>()
  for (const { id, name } of body.data) {
    const match = /^Scale (\d+)$/.exec(name)
    if (match) organizations.set(Number(match[1]), id)
  }
  return organizations
}

/** Returns the id of the `Scale N` organization, or throws naming the missing setting. */
export function scaleOrganization(
  organizations: Map<number, number>,
  members: number,
): number {
  const id = organizations.get(members)
  if (id === undefined) {
    throw new Error(
      `The stand-in has no organization "Scale ${members}"; start it with AEGISTER_STAND_IN_SCALE including ${members}`,
    )
  }
  return id
}
