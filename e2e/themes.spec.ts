import type { Page } from '@playwright/test'
import { expect, signIn, test } from './fixtures.ts'

/** MUI's default page backgrounds of the two color schemes. */
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)'
const DARK_BACKGROUND = 'rgb(18, 18, 18)'

function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor)
}

async function chooseTheme(page: Page, current: string, next: string) {
  await page.getByRole('button', { name: `Theme: ${current}` }).click()
  await page.getByRole('menuitemradio', { name: next }).click()
}

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' })

  test('theme follows the system', async ({ page }) => {
    await page.goto('/sign-in')

    await expect.poll(() => background(page)).toBe(DARK_BACKGROUND)
    await expect(
      page.getByRole('button', { name: 'Theme: System' }),
    ).toBeVisible()
  })
})

test('theme choice is kept across reloads', async ({ page }) => {
  await signIn(page)
  await expect.poll(() => background(page)).toBe(LIGHT_BACKGROUND)

  await chooseTheme(page, 'System', 'Dark')
  await expect.poll(() => background(page)).toBe(DARK_BACKGROUND)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible()
  await expect.poll(() => background(page)).toBe(DARK_BACKGROUND)
  expect(
    await page.evaluate(() => localStorage.getItem('aegister.colorMode')),
  ).toBe('dark')

  await chooseTheme(page, 'Dark', 'System')
  await expect.poll(() => background(page)).toBe(LIGHT_BACKGROUND)
})
