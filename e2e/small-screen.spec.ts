import type { Page } from '@playwright/test'
import { expect, ORGANIZATIONS, OWNER_TOKEN, test, writes } from './fixtures.ts'
import { expectNoAxeViolations } from './axe.ts'

const PHONE = { width: 360, height: 740 }
const large = ORGANIZATIONS.large

test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

/** Fails when the page is wider than the phone's screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, 'width of the page').toBeLessThanOrEqual(PHONE.width)
}

/** Fails when any visible button or link pokes out of the screen. */
async function expectControlsOnScreen(
  page: Page,
  within = page.locator('body'),
) {
  const outside = await within.evaluate((root, screenWidth) => {
    const controls = root.querySelectorAll<HTMLElement>('button, a, input')
    return [...controls]
      .filter((control) => {
        const box = control.getBoundingClientRect()
        const visible = box.width > 1 && box.height > 1
        const scroller = control.closest('.MuiTableContainer-root')
        // Controls inside a table that scrolls sideways may lie beyond
        // the screen until it is scrolled.
        return visible && !scroller && (box.left < 0 || box.right > screenWidth)
      })
      .map((control) => control.outerHTML.slice(0, 80))
  }, PHONE.width)
  expect(outside, 'controls outside the screen').toEqual([])
}

test('phone: invite a member at 360 px', async ({
  page,
  apiCalls,
}, testInfo) => {
  await page.goto('/sign-in')
  await expectNoSidewaysScroll(page)
  await expectControlsOnScreen(page)
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
  await expectNoSidewaysScroll(page)
  await expectControlsOnScreen(page)

  await page.getByRole('link', { name: new RegExp(large.name) }).click()
  const table = page.getByRole('table', { name: `Members of ${large.name}` })
  await expect(table.getByRole('row')).toHaveCount(26)
  await expectNoSidewaysScroll(page)
  await expectControlsOnScreen(page)

  // The table scrolls inside its container, and its last column can be reached.
  const edit = table
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Edit / })
  await edit.scrollIntoViewIfNeeded()
  await expect(edit).toBeInViewport()
  await expectNoSidewaysScroll(page)
  await expectNoAxeViolations(page, testInfo)
  await testInfo.attach('members at 360 px', {
    body: await page.screenshot(),
    contentType: 'image/png',
  })

  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  await expect(dialog).toBeVisible()
  const box = await dialog.boundingBox()
  expect(box?.width, 'dialog width').toBe(PHONE.width)
  expect(box?.height, 'dialog height').toBe(PHONE.height)
  await expectControlsOnScreen(page, dialog)
  await expectNoAxeViolations(page, testInfo)

  const email = 'phone.invite@example.org'
  await dialog.getByLabel('Email').fill(email)
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await testInfo.attach('invite dialog at 360 px', {
    body: await page.screenshot(),
    contentType: 'image/png',
  })
  await dialog.getByRole('button', { name: 'Send invite' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(`Invitation sent to ${email}`).first(),
  ).toBeVisible()
  await expect(page.getByText(`${large.members + 1} members`)).toBeVisible()
  await expectNoSidewaysScroll(page)
  expect(writes(apiCalls).map((call) => call.body)).toEqual([
    { role: 'security_officer', email },
  ])
})

test('phone: shortcuts list fills the screen', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()

  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  const box = await dialog.boundingBox()
  expect(box?.width, 'dialog width').toBe(PHONE.width)
  await expectControlsOnScreen(page, dialog)
  await expectNoSidewaysScroll(page)
})
