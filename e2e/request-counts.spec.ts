import {
  EXPECTED_REQUESTS,
  runAfterUnauthorized,
  runFirstLoad,
  runRoleChange,
  type RequestScenario,
} from './perf/requestScenarios.ts'
import { expect, test } from './fixtures.ts'

function expectRequests(scenario: RequestScenario, sent: string[]): void {
  const expected = EXPECTED_REQUESTS[scenario]
  expect(
    [...sent].sort(),
    `${scenario}: ${expected.reason} Sent: ${sent.join(', ') || 'nothing'}`,
  ).toEqual([...expected.requests].sort())
}

test('first load of members sends two GETs', async ({ page, baseURL }) => {
  const sent = await runFirstLoad(page, baseURL ?? '')
  expectRequests('firstLoad', sent)
})

test('role change sends one PUT and one GET', async ({ page, baseURL }) => {
  const sent = await runRoleChange(page, baseURL ?? '')
  expectRequests('roleChange', sent)
})

test('401 sends one request, then sign-in', async ({
  page,
  baseURL,
  request,
}) => {
  const sent = await runAfterUnauthorized(page, baseURL ?? '', request)
  expectRequests('afterUnauthorized', sent)
  await expect(page).toHaveURL(/\/sign-in\?/)
  await expect(
    page.getByText('The API token was rejected, so you were signed out.'),
  ).toBeVisible()
})
