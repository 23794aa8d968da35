import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** Tab presses allowed before a control counts as unreachable. */
const MAX_TABS = 80

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard
 * user moves to a control. Fails when it is not reached within MAX_TABS.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false } = {},
): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab'
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await target.evaluate((node) => node === document.activeElement)) return
    await page.keyboard.press(key)
  }
  const focused = await page.evaluate(
    () => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing',
  )
  throw new Error(
    `${key} did not reach ${target.toString()} in ${MAX_TABS} presses; the focus is on ${focused}`,
  )
}

/**
 * Counts pointer presses on the page, so a keyboard test can prove it
 * used no mouse. Call before the first navigation.
 */
export async function countPointerPresses(
  page: Page,
): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = window as unknown as { pointerPresses: number }
    counter.pointerPresses = 0
    window.addEventListener(
      'pointerdown',
      () => {
        counter.pointerPresses += 1
      },
      true,
    )
  })
  return () =>
    page.evaluate(
      () => (window as unknown as { pointerPresses: number }).pointerPresses,
    )
}

/**
 * Picks `option` in the open MUI select whose listbox has the focus:
 * Home, then ArrowDown to it, then Enter.
 */
export async function chooseOption(
  page: Page,
  options: readonly string[],
  option: string,
): Promise<void> {
  const index = options.indexOf(option)
  expect(index, `${option} is one of ${options.join(', ')}`).toBeGreaterThan(-1)
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('Home')
  for (let step = 0; step < index; step++)
    await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { name: option })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('listbox')).toBeHidden()
}
