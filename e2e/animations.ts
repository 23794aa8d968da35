import type { Page } from '@playwright/test'

/**
 * Waits for MUI's transitions, so colors are scanned or captured at
 * their final values. Endless animations (the skeleton's pulse) are not
 * waited for, and a cancelled one (a ripple cut short) counts as done.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.effect?.getComputedTiming().endTime !== Infinity,
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
}
