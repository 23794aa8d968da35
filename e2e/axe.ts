import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { settle } from './animations.ts'
import { expect } from './fixtures.ts'

/** The WCAG 2.1 success criteria of levels A and AA, as axe-core tags them. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Scans the page with axe-core for WCAG 2.1 A and AA and fails on any
 * violation. What axe could not decide (text over an image or a shadow)
 * is added to the test's annotations for a person to review.
 */
export async function expectNoAxeViolations(
  page: Page,
  testInfo: TestInfo,
): Promise<void> {
  await settle(page)
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()

  for (const result of results.incomplete) {
    testInfo.annotations.push({
      type: `axe needs review: ${result.id}`,
      description: result.nodes.map((node) => node.target.join(' ')).join(', '),
    })
  }
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map(
      (node) => `${node.target.join(' ')}: ${node.failureSummary}`,
    ),
  }))
  expect(violations).toEqual([])
}
