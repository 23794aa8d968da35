// Builds the panel, serves it with the stand-in, measures it and writes docs/benchmarks.md:
//   npm run bench
// Everything it starts (the preview server, the browsers) is stopped when it ends or fails.

import { readFile, writeFile } from 'node:fs/promises'
import { chromium, request, type Browser } from '@playwright/test'
import { format, resolveConfig } from 'prettier'
import { build } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'
import {
  blockOtherHosts,
  findScaleOrganizations,
  scaleOrganization,
} from '../e2e/perf/pages.ts'
import {
  runAfterUnauthorized,
  runFirstLoad,
  runRoleChange,
  type RequestScenario,
} from '../e2e/perf/requestScenarios.ts'
import {
  MEASURED_ROUTES,
  measureRouteBytes,
  type RouteBytes,
} from '../e2e/perf/routeBytes.ts'
import { measureInteractions } from './bench/interactions.ts'
import { measureLighthouse } from './bench/lighthouse.ts'
import { describeEnvironment } from './bench/machine.ts'
import { formatReport } from './bench/report.ts'
import { measureScaling } from './bench/scaling.ts'
import { startPreview } from './preview-server.ts'

const REPORT_PATH = 'docs/benchmarks.md'
const START_MARKER = '<!-- bench:start -->'
const END_MARKER = '<!-- bench:end -->'

const SMALL = 100
const LIGHTHOUSE_SIZE = 250
const LARGE = 10_000

async function measureBytes(
  browser: Browser,
  baseUrl: string,
): Promise<RouteBytes[]> {
  const results: RouteBytes[] = []
  for (const route of MEASURED_ROUTES) {
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await blockOtherHosts(page)
      results.push(await measureRouteBytes(page, baseUrl, route))
    } finally {
      await context.close()
    }
  }
  return results
}

async function measureRequests(
  browser: Browser,
  baseUrl: string,
): Promise<Record<RequestScenario, string[]>> {
  const control = await request.newContext()
  const scenarios = {
    firstLoad: (page) => runFirstLoad(page, baseUrl),
    roleChange: (page) => runRoleChange(page, baseUrl),
    afterUnauthorized: (page) => runAfterUnauthorized(page, baseUrl, control),
  } satisfies Record<
    RequestScenario,
    (page: Awaited<ReturnType<Browser['newPage']>>) => Promise<string[]>
  >
  const results = {} as Record<RequestScenario, string[]>
  try {
    for (const [scenario, run] of Object.entries(scenarios)) {
      // Each scenario starts from the seeded data, as the tests do.
      await control.post(`${baseUrl}/__stand-in/reset`)
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        await blockOtherHosts(page)
        results[scenario as RequestScenario] = await run(page)
      } finally {
        await context.close()
      }
    }
    await control.post(`${baseUrl}/__stand-in/reset`)
  } finally {
    await control.dispose()
  }
  return results
}

/**
 * Puts the report between the markers of docs/benchmarks.md, keeping the
 * rest of the page, and formats the page with Prettier so that the lint
 * check passes after a run. Returns the formatted report.
 */
async function writeReport(markdown: string): Promise<string> {
  const current = await readFile(REPORT_PATH, 'utf8')
  const start = current.indexOf(START_MARKER)
  const end = current.indexOf(END_MARKER)
  if (start < 0 || end < start) {
    throw new Error(
      `${REPORT_PATH} has no ${START_MARKER} … ${END_MARKER} section to write the report in`,
    )
  }
  const page =
    current.slice(0, start + START_MARKER.length) +
    `\n\n${markdown}\n\n` +
    current.slice(end)
  const options = await resolveConfig(REPORT_PATH)
  const formatted = await format(page, { ...options, filepath: REPORT_PATH })
  await writeFile(REPORT_PATH, formatted)
  return formatted.slice(
    formatted.indexOf(START_MARKER) + START_MARKER.length,
    formatted.indexOf(END_MARKER),
  )
}

async function main(): Promise<void> {
  const startedAt = performance.now()
  console.log('Building the production bundle')
  await build({ logLevel: 'warn' })

  const { url, server } = await startPreview({
    scale: [SMALL, LIGHTHOUSE_SIZE, LARGE],
  })
  console.log(`Serving ${url} with the stand-in`)
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    })
    const environment = describeEnvironment(browser.version())
    const control = await request.newContext()
    const organizations = await findScaleOrganizations(control, url)
    await control.dispose()
    const small = scaleOrganization(organizations, SMALL)
    const large = scaleOrganization(organizations, LARGE)

    console.log('Measuring bytes')
    const bytes = await measureBytes(browser, url)
    console.log('Measuring scaling')
    const scaling = await measureScaling(browser, url, [
      { members: SMALL, organizationId: small },
      { members: LARGE, organizationId: large },
    ])
    console.log('Measuring interaction latency')
    const interactions = await measureInteractions(browser, url, large)
    console.log('Counting API requests')
    const requests = await measureRequests(browser, url)
    await browser.close()
    browser = undefined

    console.log('Running Lighthouse')
    const lighthouse = await measureLighthouse(
      url,
      scaleOrganization(organizations, LIGHTHOUSE_SIZE),
    )

    const report = formatReport({
      environment,
      bytes,
      scaling,
      interactions,
      interactionMembers: LARGE,
      lighthouse,
      lighthouseMembers: LIGHTHOUSE_SIZE,
      requests,
      durationSeconds: (performance.now() - startedAt) / 1000,
    })
    console.log(await writeReport(report))
    console.log(`Wrote ${REPORT_PATH}`)
  } finally {
    await browser?.close()
    await server.close()
  }
}

const stopOnSignal = (signal: NodeJS.Signals) => {
  // process.exit runs the exit handlers, which kill a Chromium still running.
  console.error(`Stopped by ${signal}`)
  process.exit(130)
}
process.once('SIGINT', stopOnSignal)
process.once('SIGTERM', stopOnSignal)

await main()
