import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, ORGANIZATIONS, test, VIEWER_TOKEN } from './fixtures.ts'
import { memberRow, membersTable, openMembers } from './membersPage.ts'

const single = ORGANIZATIONS.singleOwner

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map(({ id, nodes }) => ({
    id,
    targets: nodes.map(({ target }) => target.join(' ')),
  }))
}

/** Waits until the open dialog has faded in: mid-fade, axe reads its colours as too faint. */
async function dialogShown(page: Page) {
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.locator('.MuiDialog-container').last()).toHaveCSS(
    'opacity',
    '1',
  )
}

test('owner view and its dialogs pass axe', async ({ page }) => {
  await openMembers(page, single)
  const table = membersTable(page, single.name)
  await memberRow(table, 'Luca Bernardi')
    .getByRole('checkbox', { name: 'Select Luca Bernardi' })
    .check()
  expect(await violations(page)).toEqual([])

  await memberRow(table, 'Luca Bernardi')
    .getByRole('button', { name: 'Remove Luca Bernardi' })
    .click()
  await dialogShown(page)
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  await page
    .getByRole('region', { name: 'Selected members' })
    .getByRole('button', { name: 'Change role' })
    .click()
  await page.getByRole('menuitem', { name: 'Make Owner' }).click()
  await dialogShown(page)
  expect(await violations(page)).toEqual([])
})

test('read-only view passes axe', async ({ page }) => {
  await openMembers(page, single, { token: VIEWER_TOKEN })
  await expect(membersTable(page, single.name)).toBeVisible()

  expect(await violations(page)).toEqual([])
})
