import type { PreviewServer } from 'vite'
import { startPreview } from '../scripts/preview-server.ts'
import { SCALING_GOALS } from './perf/goals.ts'
import { loadMembersPage } from './perf/membersLoad.ts'
import { findScaleOrganizations, scaleOrganization } from './perf/pages.ts'
import { expect, test } from './fixtures.ts'

const SMALL = 100
const LARGE = 10_000

// A second preview server, because the shared one has no `Scale N`
// organizations: adding them there would change what every other test sees.
let server: PreviewServer | undefined
let scaleUrl = ''

test.beforeAll(async () => {
  const started = await startPreview({ scale: [SMALL, LARGE] })
  server = started.server
  scaleUrl = started.url
})

test.afterAll(async () => {
  await server?.close()
})

test('DOM size of members barely grows with 10,000', async ({
  page,
  request,
}) => {
  const organizations = await findScaleOrganizations(request, scaleUrl)
  const small = await loadMembersPage(
    page,
    scaleUrl,
    scaleOrganization(organizations, SMALL),
  )
  const large = await loadMembersPage(
    page,
    scaleUrl,
    scaleOrganization(organizations, LARGE),
  )

  const ratio = large.domElements / small.domElements
  expect(
    ratio,
    `DOM elements: ${large.domElements} with ${LARGE} members, ${small.domElements} with ${SMALL}; ratio ${ratio.toFixed(2)}, goal at most ${SCALING_GOALS.domRatio}`,
  ).toBeLessThanOrEqual(SCALING_GOALS.domRatio)
})
