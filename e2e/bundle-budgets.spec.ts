import { ROUTE_BYTE_BUDGETS, toKib } from './perf/goals.ts'
import { MEASURED_ROUTES, measureRouteBytes } from './perf/routeBytes.ts'
import { expect, test } from './fixtures.ts'

for (const route of MEASURED_ROUTES) {
  test(`${route.name} page stays within its byte budget`, async ({
    page,
    baseURL,
  }) => {
    const budget = ROUTE_BYTE_BUDGETS[route.name]
    const measured = await measureRouteBytes(page, baseURL ?? '', route)

    const files = measured.files
      .map((file) => `  ${toKib(file.gzipBytes)} KiB ${file.path}`)
      .join('\n')
    expect(
      measured.gzipBytes,
      `${route.name} page: ${toKib(measured.gzipBytes)} KiB gzip of JavaScript and CSS before its first screen, budget ${toKib(budget)} KiB. Files:\n${files}`,
    ).toBeLessThanOrEqual(budget)
  })
}
