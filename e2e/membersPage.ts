import type { Locator, Page } from '@playwright/test'
import { type ApiCall } from './fixtures.ts'

/** The members table of an organization. */
export function membersTable(page: Page, organizationName: string): Locator {
  return page.getByRole('table', { name: `Members of ${organizationName}` })
}

/** The table row whose name cell is exactly `name`. */
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

/** A notification shown at the bottom of the page with this text. */
export function notification(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text })
}

/** The calls since `from`, as "METHOD path" lines, with their bodies. */
export function callsSince(calls: ApiCall[], from: number) {
  return calls
    .slice(from)
    .map(({ method, path, body }) => ({ method, path, body }))
}
