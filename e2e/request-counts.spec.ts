import {
  describeRequest,
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

test('first load of members sends four GETs', async ({ page, baseURL }) => {
  const sent = await runFirstLoad(page, baseURL ?? '')
  expectRequests('firstLoad', sent)
})

test('role change sends one PUT and one GET', async ({ page, baseURL }) => {
  const sent = await runRoleChange(page, baseURL ?? '')
  expectRequests('roleChange', sent)
})

test('401 sends three GETs, then sign-in', async ({
  page,
  baseURL,
  request,
}) => {
  // Requests sent and sign-in screens opened once the first 401 has arrived.
  let answered401 = false
  const sentAfter401: string[] = []
  const signInsAfter401: string[] = []
  page.on('response', (response) => {
    if (response.status() === 401) answered401 = true
  })
  page.on('request', (request) => {
    if (answered401 && new URL(request.url()).pathname.startsWith('/api/v1/')) {
      sentAfter401.push(describeRequest(request))
    }
  })
  page.on('framenavigated', (frame) => {
    if (answered401 && frame === page.mainFrame()) {
      const { pathname } = new URL(frame.url())
      if (pathname === '/sign-in') signInsAfter401.push(frame.url())
    }
  })

  const sent = await runAfterUnauthorized(page, baseURL ?? '', request)
  expectRequests('afterUnauthorized', sent)
  expect(sentAfter401, 'No request is sent once a 401 has arrived').toEqual([])
  expect(
    signInsAfter401,
    'The parallel 401s sign out once: one trip to the sign-in screen',
  ).toHaveLength(1)
  await expect(page).toHaveURL(/\/sign-in\?/)
  const reason = page.getByText(
    'The API token was rejected, so you were signed out.',
  )
  await expect(reason).toHaveCount(1)
  await expect(reason).toBeVisible()
})
