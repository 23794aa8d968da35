import type { Page } from '@playwright/test'
import { expect, ORGANIZATIONS, signIn, test } from './fixtures.ts'
import { memberRow, membersTable } from './membersPage.ts'

const large = ORGANIZATIONS.large
const membersPath = `/organizations/${large.id}/members`

const showing = (page: Page) => page.getByText(/^Showing /)
const searchBox = (page: Page) => page.getByLabel('Search members')
const roleFilter = (page: Page) =>
  page.getByRole('combobox', { name: 'Filter by role' })

function searchOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams)
}

test('view survives reload, back and forward', async ({ page }) => {
  await signIn(page)
  await page.goto(membersPath)
  const table = membersTable(page, large.name)
  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)

  await table.getByRole('button', { name: 'Email' }).click()
  await expect(page).toHaveURL(/sort=email/)
  await page.getByRole('button', { name: 'Go to next page' }).click()
  await expect(showing(page)).toHaveText(`Showing 26–50 of ${large.members}`)
  await roleFilter(page).click()
  await page.getByRole('option', { name: 'Owners' }).click()
  await expect(showing(page)).toHaveText(
    `Showing 1–5 of 5 (filtered from ${large.members})`,
  )
  expect(searchOf(page)).toEqual({ sort: 'email', role: 'owner' })

  await page.reload()
  await expect(showing(page)).toHaveText(
    `Showing 1–5 of 5 (filtered from ${large.members})`,
  )
  await expect(roleFilter(page)).toHaveText('Owners')
  await expect(
    table.getByRole('columnheader', { name: 'Email' }),
  ).toHaveAttribute('aria-sort', 'ascending')

  await page.goBack()
  await expect(showing(page)).toHaveText(`Showing 26–50 of ${large.members}`)
  expect(searchOf(page)).toEqual({ sort: 'email', page: '2' })
  await expect(roleFilter(page)).toHaveText('All roles')
  await page.goBack()
  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)
  expect(searchOf(page)).toEqual({ sort: 'email' })
  await page.goForward()
  await page.goForward()
  await expect(showing(page)).toHaveText(
    `Showing 1–5 of 5 (filtered from ${large.members})`,
  )
  await expect(roleFilter(page)).toHaveText('Owners')
})

test('typing a search adds one history entry', async ({ page }) => {
  await signIn(page)
  await page.goto(membersPath)
  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)
  const entries = await page.evaluate(() => history.length)

  await searchBox(page).pressSequentially('giulia ros', { delay: 60 })

  // The URL is written when typing pauses, so a slow keystroke can show a
  // shorter search in it first.
  await expect.poll(() => searchOf(page).q).toBe('giulia ros')
  await expect(showing(page)).toHaveText(
    `Showing 1–1 of 1 (filtered from ${large.members})`,
  )
  await expect(
    memberRow(membersTable(page, large.name), 'Giulia Rossi'),
  ).toBeVisible()
  expect(await page.evaluate(() => history.length)).toBe(entries + 1)

  await page.goBack()
  await expect(searchBox(page)).toHaveValue('')
  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)
  await page.goForward()
  await expect(searchBox(page)).toHaveValue('giulia ros')
  await expect(showing(page)).toHaveText(
    `Showing 1–1 of 1 (filtered from ${large.members})`,
  )
})

test('fast typing keeps every character', async ({ page }) => {
  await signIn(page)
  await page.goto(`${membersPath}?page=3`)
  await expect(showing(page)).toHaveText(`Showing 51–75 of ${large.members}`)
  const entries = await page.evaluate(() => history.length)
  // A slower CPU makes the filtering lag behind the keys, as on a slow laptop.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

  await searchBox(page).pressSequentially('camilla benedetti', { delay: 0 })

  await expect(searchBox(page)).toHaveValue('camilla benedetti')
  await expect(showing(page)).toHaveText(
    `Showing 1–1 of 1 (filtered from ${large.members})`,
  )
  await expect(
    memberRow(membersTable(page, large.name), 'Camilla Benedetti'),
  ).toBeVisible()
  await expect.poll(() => searchOf(page)).toEqual({ q: 'camilla benedetti' })
  expect(await page.evaluate(() => history.length)).toBe(entries + 1)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
})

test('search count is announced once typing settles', async ({ page }) => {
  await signIn(page)
  await page.goto(membersPath)
  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)
  const liveRegion = page.locator('.visually-hidden[aria-live="polite"]')
  await liveRegion.evaluate((region) => {
    const texts: string[] = []
    ;(window as unknown as { announced: string[] }).announced = texts
    new MutationObserver(() => {
      if (region.textContent) texts.push(region.textContent)
    }).observe(region, { childList: true, characterData: true, subtree: true })
  })

  await searchBox(page).pressSequentially('giulia ros', { delay: 30 })

  await expect(liveRegion).toHaveText('1 member matches')
  // Long enough for a second, late announcement to arrive.
  await page.waitForTimeout(1000)
  const announced = await page.evaluate(
    () => (window as unknown as { announced: string[] }).announced,
  )
  expect(announced).toEqual(['1 member matches'])
})

const searches = [
  { query: 'zolkiewski', finds: 'Łukasz Żółkiewski', why: 'accents ignored' },
  { query: 'lzolkiewski', finds: 'Łukasz Żółkiewski', why: 'the username' },
  { query: 'angstrom nordavia', finds: 'Björn Ångström', why: 'two fields' },
  { query: 'CAMILLA.BENEDETTI@', finds: 'Camilla Benedetti', why: 'the email' },
]

for (const { query, finds, why } of searches) {
  test(`search finds by ${why}`, async ({ page }) => {
    await signIn(page)
    await page.goto(`${membersPath}?q=${encodeURIComponent(query)}`)

    await expect(searchBox(page)).toHaveValue(query)
    await expect(memberRow(membersTable(page, large.name), finds)).toBeVisible()
  })
}

test('search without matches offers to clear the filters', async ({ page }) => {
  await signIn(page)
  await page.goto(`${membersPath}?q=nobody-has-this&role=owner`)

  await expect(
    page.getByText('No members match the search and the role filter.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Clear the filters' }).click()

  await expect(showing(page)).toHaveText(`Showing 1–25 of ${large.members}`)
  await expect(searchBox(page)).toHaveValue('')
  expect(searchOf(page)).toEqual({})
})

test('shared link opens the same filtered view', async ({ page }) => {
  await signIn(page)
  const link = `${membersPath}?q=%22ma%22&role=viewer&sort=-email&size=50`
  const second = await page.context().newPage()
  await second.goto(link)
  await second.getByLabel('API token').fill('demo-owner-token')
  await second.getByRole('button', { name: 'Sign in' }).click()

  await expect(searchBox(second)).toHaveValue('ma')
  await expect(roleFilter(second)).toHaveText('Viewers')
  await expect(showing(second)).toHaveText(
    new RegExp(`^Showing 1–\\d+ of \\d+ \\(filtered from ${large.members}\\)$`),
  )
  await expect(
    membersTable(second, large.name).getByRole('columnheader', {
      name: 'Email',
    }),
  ).toHaveAttribute('aria-sort', 'descending')
  await second.close()
})

test('a hand-typed numeric search stays text', async ({ page }) => {
  await signIn(page)
  await page.goto(`${membersPath}?q=2024`)

  await expect(searchBox(page)).toHaveValue('2024')
  await expect(page.getByText('No members match')).toBeVisible()
})

test('hand-typed literals in the search stay text', async ({ page }) => {
  await signIn(page)

  for (const typed of ['true', '[1,2]']) {
    await page.goto(`${membersPath}?q=${encodeURIComponent(typed)}`)
    await expect(searchBox(page)).toHaveValue(typed)
    await expect(page.getByText('No members match')).toBeVisible()
  }
})

test('a page past the end is corrected in the URL', async ({ page }) => {
  await signIn(page)
  await page.goto(`${membersPath}?page=999`)
  const lastPage = Math.ceil(large.members / 25)

  await expect(showing(page)).toHaveText(
    `Showing ${(lastPage - 1) * 25 + 1}–${large.members} of ${large.members}`,
  )
  await expect.poll(() => searchOf(page)).toEqual({ page: String(lastPage) })
  // The correction replaces the entry, so back leaves the members page.
  await page.goBack()
  await expect(page).not.toHaveURL(/page=/)
})
