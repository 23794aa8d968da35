// Measures the worst Event Timing duration of four interactions on a large members page.

import type { Browser, Locator, Page } from '@playwright/test'
import { CPU_SLOWDOWN } from '../../e2e/perf/goals.ts'
import {
  blockOtherHosts,
  firstMemberRow,
  membersPath,
  openSignedIn,
} from '../../e2e/perf/pages.ts'

/** Accessible name of the members search box. */
const SEARCH_LABEL = 'Search members'
const SEARCH_WORD = 'rossi'
/** Pause between keystrokes, about a fast typist's. */
const KEY_DELAY_MS = 120
/**
 * Time after typing for the search to render and reach the URL, which the
 * page writes 300 ms after the last keystroke (URL_WRITE_DELAY_MS).
 */
const SEARCH_SETTLE_MS = 1000

/** Times the interactions are run, each time in a fresh page. */
export const INTERACTION_RUNS = 3

export interface InteractionResult {
  name: string
  /**
   * Worst Event Timing duration of each run, in milliseconds; 0 when no
   * entry reached the 16 ms threshold. Empty when not measured.
   */
  runs: number[]
  /** Reason the interaction was not measured. */
  notMeasured?: string
}

interface EventTiming {
  name: string
  startTime: number
  duration: number
  /** Non-zero for the events of a click, tap or key press, the ones INP counts. */
  interactionId: number
}

declare global {
  interface Window {
    __eventTimings?: EventTiming[]
  }
}

/** Collects Event Timing entries from before the panel's scripts run. */
function observeEventTiming(): void {
  window.__eventTimings = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      window.__eventTimings?.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      })
    }
  }).observe({
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  } as PerformanceObserverInit)
}

/**
 * Runs the action and returns the worst duration of the entries of its
 * interactions (pointer presses, clicks, key presses), the entries that
 * Interaction to Next Paint is computed from. Hover events are left out.
 */
async function worstDuringAction(
  page: Page,
  action: () => Promise<void>,
): Promise<number> {
  const start = await page.evaluate(() => performance.now())
  await action()
  // An entry is queued after the paint that follows its event, so two
  // frames and a pause let the last ones arrive.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(resolve, 200)),
        ),
      ),
  )
  const durations = await page.evaluate(
    (since) =>
      (window.__eventTimings ?? [])
        .filter((entry) => entry.startTime >= since && entry.interactionId > 0)
        .map((entry) => entry.duration),
    start,
  )
  return Math.max(0, ...durations)
}

function searchBox(page: Page): Locator {
  return page
    .getByRole('searchbox', { name: SEARCH_LABEL })
    .or(page.getByRole('textbox', { name: SEARCH_LABEL }))
}

/**
 * Opens the organization's members page with the CPU slowed down, then
 * types into the search box, sorts by email, opens the edit dialog of the
 * first row and opens its role select. It does so INTERACTION_RUNS times,
 * each in a fresh browser context, so each run loads the dialog's code.
 */
export async function measureInteractions(
  browser: Browser,
  baseUrl: string,
  organizationId: number,
): Promise<InteractionResult[]> {
  const results = new Map<string, InteractionResult>()
  for (let run = 0; run < INTERACTION_RUNS; run++) {
    for (const measured of await measureOnce(
      browser,
      baseUrl,
      organizationId,
    )) {
      const result = results.get(measured.name) ?? { ...measured, runs: [] }
      result.runs.push(...measured.runs)
      results.set(measured.name, result)
    }
  }
  return [...results.values()]
}

async function measureOnce(
  browser: Browser,
  baseUrl: string,
  organizationId: number,
): Promise<InteractionResult[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await blockOtherHosts(page)
    await openSignedIn(page)
    await page.addInitScript(observeEventTiming)
    await page.goto(baseUrl + membersPath(organizationId))
    await firstMemberRow(page).waitFor()
    const session = await context.newCDPSession(page)
    await session.send('Emulation.setCPUThrottlingRate', {
      rate: CPU_SLOWDOWN,
    })
    return await runInteractions(page)
  } finally {
    await context.close()
  }
}

async function runInteractions(page: Page): Promise<InteractionResult[]> {
  const measure = async (
    name: string,
    action: () => Promise<void>,
  ): Promise<InteractionResult> => ({
    name,
    runs: [await worstDuringAction(page, action)],
  })
  const results: InteractionResult[] = []

  const searchName = `type "${SEARCH_WORD}" in the search box`
  const search = searchBox(page).first()
  if ((await searchBox(page).count()) === 0) {
    results.push({
      name: searchName,
      runs: [],
      notMeasured: `no search box named "${SEARCH_LABEL}"`,
    })
  } else {
    results.push(
      await measure(searchName, async () => {
        await search.click()
        await search.pressSequentially(SEARCH_WORD, { delay: KEY_DELAY_MS })
        await page.waitForTimeout(SEARCH_SETTLE_MS)
      }),
    )
    await search.clear()
    await page.waitForTimeout(SEARCH_SETTLE_MS)
  }

  const table = page.getByRole('table')
  results.push(
    await measure('sort by email', async () => {
      await table.getByRole('button', { name: 'Email' }).click()
      await table
        .locator('th[aria-sort="ascending"]', { hasText: 'Email' })
        .waitFor()
    }),
  )

  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  results.push(
    await measure('open the edit dialog', async () => {
      await firstMemberRow(page)
        .getByRole('button', { name: /^Edit / })
        .click()
      await dialog.waitFor()
    }),
  )

  results.push(
    await measure('open the role select', async () => {
      await dialog.getByRole('combobox', { name: 'Role' }).click()
      await page.getByRole('listbox').waitFor()
    }),
  )
  return results
}
