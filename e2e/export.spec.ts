import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { expect, ORGANIZATIONS, signIn, test, writes } from './fixtures.ts'
import { notification, openMembers } from './membersPage.ts'

const large = ORGANIZATIONS.large
const membersPath = `/organizations/${large.id}/members`
const BOM = '\uFEFF'

/** Clicks the button and returns the download's name and its lines. */
async function download(page: Page, click: () => Promise<void>) {
  const started = page.waitForEvent('download')
  await click()
  const file: Download = await started
  const text = await readFile(await file.path(), 'utf8')
  expect(text.startsWith(BOM)).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  return {
    name: file.suggestedFilename(),
    lines: text.slice(BOM.length, -2).split('\r\n'),
  }
}

test('Export CSV downloads the view, formulas neutralized', async ({
  page,
  apiCalls,
}) => {
  const table = await openMembers(page, large, { search: '?sort=-email' })
  await expect(table.getByRole('row')).toHaveCount(26)
  const shownEmails = await table
    .getByRole('row')
    // The selection checkbox comes first and the name is the row header.
    .locator('td:nth-child(3)')
    .allTextContents()

  const file = await download(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  )

  expect(file.name).toMatch(
    /^nordavia-logistica-s-p-a-members-\d{4}-\d\d-\d\d-\d{4}\.csv$/,
  )
  const [organization, filter, sort, time, count, blank, header, ...rows] =
    file.lines
  expect(organization).toBe(`Organization,${large.name},${large.id}`)
  expect(filter).toBe('Filter,All members')
  expect(sort).toBe('Sorted by,"Email, descending"')
  expect(time).toMatch(
    /^Exported at,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
  )
  expect(count).toBe(`Members,${large.members}`)
  expect(blank).toBe('')
  expect(header).toBe('Name,Email,Username,Role')
  expect(rows).toHaveLength(large.members)
  // The rows come in the table's order, every page of it.
  expect(rows.slice(0, 25).map((row) => row.split(',').at(-3))).toEqual(
    shownEmails,
  )
  expect(rows).toContain(
    '"\'=HYPERLINK(""https://payroll.example/login"",""Update payroll"")",hyperlink.formula@nordavia.it,hyperlink.formula@nordavia.it,Viewer',
  )
  expect(rows).toContain(
    'Zoë Ærøskøbing,zoe.aeroskobing@nordavia.it,zoe.aeroskobing@nordavia.it,Security officer',
  )
  expect(rows.filter((row) => row.endsWith(',Owner'))).toHaveLength(5)
  expect(
    rows.every((row) => !/^[=+\-@]/.test(row) && !/,[=+\-@]/.test(row)),
  ).toBe(true)
  await expect(notification(page, `Exported 212 members`)).toBeVisible()
  expect(writes(apiCalls)).toEqual([])
})

test('Changes panel lists a write and exports it', async ({ page }) => {
  await signIn(page)
  await page.getByRole('button', { name: 'Changes' }).click()
  const panel = page.getByRole('dialog', { name: 'Changes in this session' })
  await expect(
    panel.getByText('Nothing has changed in this session yet.', {
      exact: false,
    }),
  ).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Export CSV' })).toBeDisabled()
  await panel.getByRole('button', { name: 'Close' }).click()

  await page.goto(membersPath)
  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  await dialog
    .getByLabel('Email')
    .fill('change.one@example.org\nchange.two@example.org')
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Owner' }).click()
  await dialog.getByRole('button', { name: 'Send 2 invites' }).click()
  await expect(dialog.getByText('2 sent, 0 failed, 0 skipped')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: 'Changes (2)' }).click()
  const table = panel.getByRole('table', { name: 'Changes in this session' })
  await expect(table.getByRole('row')).toHaveCount(3)
  for (const email of ['change.one@example.org', 'change.two@example.org']) {
    const row = table.getByRole('row').filter({ hasText: email })
    await expect(row).toContainText(large.name)
    await expect(row).toContainText('Invitation')
    await expect(row).toContainText('none')
    await expect(row).toContainText('Owner')
    await expect(row).toContainText('Succeeded')
  }

  const file = await download(page, () =>
    panel.getByRole('button', { name: 'Export CSV' }).click(),
  )

  expect(file.name).toMatch(/^aegister-changes-\d{4}-\d\d-\d\d-\d{4}\.csv$/)
  expect(file.lines[0]).toBe('Member changes made in this browser session')
  expect(file.lines[2]).toBe('Changes,2')
  expect(file.lines[4]).toBe(
    'When,Organization,Organization ID,Member,Email,Change,From,To,Result,Error',
  )
  const rows = file.lines.slice(5).map((line) => line.split(',').slice(1))
  expect(rows.sort()).toEqual(
    ['change.one@example.org', 'change.two@example.org'].map((email) => [
      large.name,
      String(large.id),
      email,
      email,
      'Invitation',
      '',
      'Owner',
      'Succeeded',
      '',
    ]),
  )
})
