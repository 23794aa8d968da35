// The API requests the panel sends in three scenarios, and the requests each one may send.

import type { APIRequestContext, Page, Request } from '@playwright/test'
import {
  LARGE_ORGANIZATION_ID,
  firstMemberRow,
  membersPath,
  openSignedIn,
} from './pages.ts'

/**
 * The API requests each scenario must send, in any order, as "METHOD path"
 * with ids replaced by {organizationId} and {userId} and the names of the
 * query parameters without their values. This is the one place to change
 * when a feature adds a request; say why next to it.
 */
export const EXPECTED_REQUESTS = {
  firstLoad: {
    requests: [
      'GET /organizations?limit&offset&order',
      'GET /organizations?limit&offset&order&owned',
      'GET /organizations?editable&limit&offset&order',
      'GET /organizations/{organizationId}/users',
    ],
    reason:
      "The page shows the organization's name and its members, and the organizations the user owns (owned=true) and may edit (editable=true) decide which changes it offers; each list is read once.",
  },
  roleChange: {
    requests: [
      'PUT /organizations/{organizationId}/users/{userId}',
      'GET /organizations/{organizationId}/users',
    ],
    reason:
      'One write, then one read of the member list, so the table shows what the API stored.',
  },
  afterUnauthorized: {
    requests: [
      'GET /organizations?limit&offset&order&owned',
      'GET /organizations?editable&limit&offset&order',
      'GET /organizations/{organizationId}/users',
    ],
    reason:
      'Opening the organization reads its members and the owned and editable lists at once, so all three are sent before the first 401 arrives; that 401 clears the token and shows the sign-in screen: no retry, no other request.',
  },
} as const

export type RequestScenario = keyof typeof EXPECTED_REQUESTS

/** Describes an API request as in EXPECTED_REQUESTS. */
export function describeRequest(request: Request): string {
  const url = new URL(request.url())
  const path = url.pathname
    .replace(/^\/api\/v1/, '')
    .replace(/^\/organizations\/\d+/, '/organizations/{organizationId}')
    .replace(/\/users\/[^/]+$/, '/users/{userId}')
  const parameters = [...new Set(url.searchParams.keys())].sort()
  const query = parameters.length > 0 ? `?${parameters.join('&')}` : ''
  return `${request.method()} ${path}${query}`
}

/** Collects every /api/v1 request the page sends, described as in EXPECTED_REQUESTS. */
export function recordApiRequests(page: Page): string[] {
  const requests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/')) {
      requests.push(describeRequest(request))
    }
  })
  return requests
}

/** Waits until no request has been in flight for a while, so late requests are counted too. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
}

/** A first load of the members page of the 212-member organization, signed in. */
export async function runFirstLoad(
  page: Page,
  baseUrl: string,
): Promise<string[]> {
  await openSignedIn(page)
  const requests = recordApiRequests(page)
  await page.goto(baseUrl + membersPath(LARGE_ORGANIZATION_ID))
  await firstMemberRow(page).waitFor()
  await settle(page)
  return requests
}

/** On the loaded members page, changes a viewer's role to security officer in the dialog. */
export async function runRoleChange(
  page: Page,
  baseUrl: string,
): Promise<string[]> {
  await runFirstLoad(page, baseUrl)
  const requests = recordApiRequests(page)
  const viewer = page
    .locator('table tbody tr')
    .filter({ has: page.getByText('Viewer', { exact: true }) })
    .first()
  await viewer.getByRole('button', { name: /^Edit / }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await dialog.waitFor({ state: 'hidden' })
  await settle(page)
  return requests
}

/**
 * Signed in on the organization list, the token is then rejected by every
 * API request (a 401 fault of the stand-in), and the user opens an
 * organization. Returns the requests sent from that click on.
 */
export async function runAfterUnauthorized(
  page: Page,
  baseUrl: string,
  control: APIRequestContext,
): Promise<string[]> {
  await openSignedIn(page)
  await page.goto(`${baseUrl}/organizations`)
  const link = page.locator(`a[href$="${membersPath(LARGE_ORGANIZATION_ID)}"]`)
  await link.waitFor()
  await settle(page)
  const fault = await control.post(`${baseUrl}/__stand-in/faults`, {
    data: { endpoint: '*', kind: 'status', status: 401, messages: [9153] },
  })
  if (fault.status() !== 201) {
    throw new Error(`POST /__stand-in/faults failed: HTTP ${fault.status()}`)
  }
  const requests = recordApiRequests(page)
  try {
    await link.click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await settle(page)
  } finally {
    await control.delete(`${baseUrl}/__stand-in/faults`)
  }
  return requests
}
