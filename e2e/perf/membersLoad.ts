// Loads the members page and measures it: time to the first rows, DOM size, JS heap.

import type { Page } from '@playwright/test'
import { firstMemberRow, membersPath, openSignedIn } from './pages.ts'

export interface MembersLoad {
  /** Milliseconds from the start of navigation to the first frame after the first rows entered the DOM. */
  firstRowsMs: number
  /** Elements in the document once the rows show. */
  domElements: number
  /** JSHeapUsedSize after a garbage collection, in bytes. */
  jsHeapBytes: number
}

declare global {
  interface Window {
    __firstRowsAt?: number
  }
}

/**
 * Records, in the page, the time of the first frame after a row of the
 * members table exists. It runs before the panel's scripts, so it sees the
 * rows as soon as React inserts them.
 */
function watchForFirstRows(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('table tbody tr')) return
    observer.disconnect()
    // The callback of the frame's rAF runs before paint; the task queued
    // from it runs after that frame is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__firstRowsAt = performance.now()
      }),
    )
  })
  observer.observe(document, { childList: true, subtree: true })
}

/** Opens the members page of the organization in a fresh, signed-in page and measures it. */
export async function loadMembersPage(
  page: Page,
  baseUrl: string,
  organizationId: number,
): Promise<MembersLoad> {
  await openSignedIn(page)
  await page.addInitScript(watchForFirstRows)
  await page.goto(baseUrl + membersPath(organizationId))
  await firstMemberRow(page).waitFor()
  await page.waitForFunction(() => window.__firstRowsAt !== undefined)
  const firstRowsMs = await page.evaluate(() => window.__firstRowsAt ?? NaN)
  const domElements = await countDomElements(page)
  const jsHeapBytes = await measureJsHeap(page)
  return { firstRowsMs, domElements, jsHeapBytes }
}

export function countDomElements(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length)
}

async function measureJsHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('HeapProfiler.collectGarbage')
    await session.send('Performance.enable')
    const { metrics } = await session.send('Performance.getMetrics')
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')
    if (!heap) throw new Error('Performance.getMetrics sent no JSHeapUsedSize')
    return heap.value
  } finally {
    await session.detach()
  }
}
