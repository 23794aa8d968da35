import type { Locator, Page } from '@playwright/test'
import { expect, signIn, type ApiCall } from './fixtures.ts'

/** Finds the members table of an organization. */
export function membersTable(page: Page, organizationName: string): Locator {
  return page.getByRole('table', { name: `Members of ${organizationName}` })
}

/** Finds the table row whose name cell is exactly `name`. */
export function memberRow(table: Locator, name: string): Locator {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name, exact: true }) })
}

/** Chooses a role in a row's role select. */
export async function chooseRowRole(
  page: Page,
  row: Locator,
  name: string,
  role: string,
): Promise<void> {
  await row.getByRole('combobox', { name: `Role of ${name}` }).click()
  await page.getByRole('option', { name: role, exact: true }).click()
}

/** Finds the notification with this text, shown at the bottom of the page. */
export function notification(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text })
}

/** Returns the method, path and body of each call since index `from`. */
export function callsSince(calls: ApiCall[], from: number) {
  return calls
    .slice(from)
    .map(({ method, path, body }) => ({ method, path, body }))
}

/** Signs in, opens an organization's members page and waits for its table. */
export async function openMembers(
  page: Page,
  organization: { id: number; name: string },
  { token, search = '' }: { token?: string; search?: string } = {},
): Promise<Locator> {
  await signIn(page, token)
  await page.goto(`/organizations/${organization.id}/members${search}`)
  const table = membersTable(page, organization.name)
  await expect(table).toBeVisible()
  return table
}

/** Clicks the Remove button of the row of `name` and returns the dialog it opens. */
export async function openRemoveDialog(
  row: Locator,
  name: string,
): Promise<Locator> {
  await row.getByRole('button', { name: `Remove ${name}` }).click()
  return row.page().getByRole('dialog', { name: `Remove ${name}?` })
}
