import type { APIRequestContext, Locator, Page } from '@playwright/test'
import type { TFunction } from 'i18next'
import { expect, ORGANIZATIONS, OWNER_TOKEN } from '../fixtures.ts'
import { memberRow } from '../membersPage.ts'

export const large = ORGANIZATIONS.large
export const single = ORGANIZATIONS.singleOwner
export const membersPath = `/organizations/${large.id}/members`

/** Two viewers at the top of the large organization, sorted by name. */
export const FIRST_VIEWERS = ['Aiyana', 'Alice Lindqvist'] as const

export interface ScreenContext {
  page: Page
  request: APIRequestContext
  t: TFunction
  fault: (fault: Record<string, unknown>) => Promise<void>
}

export interface Screen {
  name: string
  /** Brings the page to the screen and state to scan, and waits until it shows. */
  reach: (context: ScreenContext) => Promise<void>
}

/**
 * Stores a token the way the sign-in screen does, so a screen behind it
 * opens directly. The sign-in itself is scanned in its own rows.
 */
export async function signedIn(page: Page, token = OWNER_TOKEN): Promise<void> {
  await page.addInitScript((value) => {
    sessionStorage.setItem('aegister.token', value)
  }, token)
}

/** Opens the members page of `organization` and waits for its table. */
export async function openMembers(
  { page, t }: ScreenContext,
  {
    token = OWNER_TOKEN,
    organization = large as { id: number; name: string },
  } = {},
): Promise<Locator> {
  await signedIn(page, token)
  await page.goto(`/organizations/${organization.id}/members`)
  const table = page.getByRole('table', {
    name: t('members.tableLabel', { organization: organization.name }),
  })
  await expect(table).toBeVisible()
  return table
}

/** Waits for the dialog named `name` to show. */
export async function dialogNamed(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  return dialog
}

/** Opens the role select in the row of `name`. */
export async function openRowRoleSelect(
  { t }: ScreenContext,
  table: Locator,
  name: string,
): Promise<void> {
  await memberRow(table, name)
    .getByRole('combobox', { name: t('members.roleOf', { name }) })
    .click()
}

/** Chooses `role` in the role select in the row of `name`. */
export async function chooseRowRole(
  context: ScreenContext,
  table: Locator,
  name: string,
  role: string,
): Promise<void> {
  await openRowRoleSelect(context, table, name)
  await context.page
    .getByRole('option', { name: context.t(`roles.${role}`) })
    .click()
}
