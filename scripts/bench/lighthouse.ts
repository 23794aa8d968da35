// Audits the members page with Lighthouse, mobile and desktop presets, several runs each.

import { chromium } from '@playwright/test'
import lighthouse, { desktopConfig, type Flags } from 'lighthouse'
import {
  OWNER_TOKEN,
  TOKEN_STORAGE_KEY,
  membersPath,
} from '../../e2e/perf/pages.ts'
import { launchChromium } from './chromiumProcess.ts'
import { median } from './statistics.ts'

export const LIGHTHOUSE_RUNS = 3
const PRESETS = ['mobile', 'desktop'] as const
type Preset = (typeof PRESETS)[number]

export interface LighthouseResult {
  preset: Preset
  /** Category scores, 0 to 100. */
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
}

/**
 * Runs Lighthouse against a Chromium of its own and returns, per preset,
 * the median of each figure over the runs. Each run starts with an empty
 * HTTP cache (Lighthouse clears it). The panel reads the token from
 * localStorage, as after "Keep me signed in", which Lighthouse's storage
 * reset leaves in place; sessionStorage would not survive its new tab.
 */
export async function measureLighthouse(
  baseUrl: string,
  organizationId: number,
): Promise<LighthouseResult[]> {
  const chromiumProcess = await launchChromium()
  try {
    await storeToken(chromiumProcess.port, baseUrl)
    const results: LighthouseResult[] = []
    for (const preset of PRESETS) {
      const runs: LighthouseResult[] = []
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        runs.push(
          await audit(
            chromiumProcess.port,
            baseUrl + membersPath(organizationId),
            preset,
          ),
        )
      }
      results.push(medianResult(preset, runs))
    }
    return results
  } finally {
    await chromiumProcess.stop()
  }
}

async function storeToken(port: number, baseUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const context = browser.contexts()[0]
    if (!context) throw new Error('Chromium has no default browser context')
    const page = await context.newPage()
    await page.goto(`${baseUrl}/sign-in`)
    await page.evaluate(({ key, token }) => localStorage.setItem(key, token), {
      key: TOKEN_STORAGE_KEY,
      token: OWNER_TOKEN,
    })
    await page.close()
  } finally {
    // Disconnects; the browser and its profile stay for Lighthouse.
    await browser.close()
  }
}

async function audit(
  port: number,
  url: string,
  preset: Preset,
): Promise<LighthouseResult> {
  const flags: Flags = {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  }
  const result = await lighthouse(
    url,
    flags,
    preset === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) {
    throw new Error(
      `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    )
  }
  if (lhr.finalDisplayedUrl !== url) {
    throw new Error(
      `Lighthouse ended on ${lhr.finalDisplayedUrl} instead of ${url}; the stored token was not used`,
    )
  }
  const score = (id: string) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  }
}

function medianResult(
  preset: Preset,
  runs: LighthouseResult[],
): LighthouseResult {
  const of = (pick: (run: LighthouseResult) => number) => median(runs.map(pick))
  return {
    preset,
    performance: of((run) => run.performance),
    accessibility: of((run) => run.accessibility),
    bestPractices: of((run) => run.bestPractices),
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
  }
}
