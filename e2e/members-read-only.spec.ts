import type { Page } from '@playwright/test'
import {
  expect,
  ORGANIZATIONS,
  test,
  VIEWER_TOKEN,
  writes,
} from './fixtures.ts'
import {
  chooseRowRole,
  memberRow,
  membersTable,
  notification,
  openMembers,
} from './membersPage.ts'
import { DEMO_OWNER, findMember, putRole } from './standInApi.ts'

const large = ORGANIZATIONS.large

/** Checks that the page offers no control that changes members. */
async function expectNoWriteControls(page: Page, organizationName: string) {
  const table = membersTable(page, organizationName)
  await expect(table).toBeVisible()
  await expect(table.getByRole('checkbox')).toHaveCount(0)
  await expect(table.getByRole('combobox')).toHaveCount(0)
  await expect(
    table.getByRole('button', { name: /^(Edit|Remove) / }),
  ).toHaveCount(0)
  await expect(
    table.getByRole('columnheader', { name: 'Actions' }),
  ).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Invite member' })).toHaveCount(
    0,
  )
  await expect(
    page.getByRole('button', { name: 'Promote someone' }),
  ).toHaveCount(0)
}

test('first load reads each list once', async ({ page, apiCalls }) => {
  await openMembers(page, large)
  await expect(membersTable(page, large.name)).toBeVisible()
  await expect(
    page.getByRole('combobox', { name: 'Organization' }),
  ).toHaveValue(large.name)
  const loaded = apiCalls.length
  await page.reload()
  await expect(membersTable(page, large.name)).toBeVisible()
  await page.waitForTimeout(500)

  const calls = apiCalls.slice(loaded).map(({ method, path, search }) => {
    return `${method} ${path}${search}`
  })
  expect(calls.sort()).toEqual(
    [
      'GET /api/v1/organizations?limit=100&offset=0&order=name',
      'GET /api/v1/organizations?limit=100&offset=0&order=name&owned=true',
      'GET /api/v1/organizations?limit=100&offset=0&order=name&editable=true',
      `GET /api/v1/organizations/${large.id}/users`,
    ].sort(),
  )
})

test('viewer token sees a read-only table', async ({ page, apiCalls }) => {
  await openMembers(page, large, { token: VIEWER_TOKEN })

  await expect(
    page.getByText('You are a viewer of this organization.'),
  ).toBeVisible()
  await expectNoWriteControls(page, large.name)
  await page.getByLabel('Search members').fill(DEMO_OWNER.name)
  const row = memberRow(membersTable(page, large.name), DEMO_OWNER.name)
  await expect(row.getByRole('cell').last()).toHaveText('Owner')
  expect(writes(apiCalls)).toEqual([])
})

test('owner token is read-only where it is a viewer', async ({ page }) => {
  const viewerOnly = ORGANIZATIONS.viewerOnly
  await openMembers(page, viewerOnly)

  await expect(
    page.getByText('You are a viewer of this organization.'),
  ).toBeVisible()
  await expectNoWriteControls(page, viewerOnly.name)
})

test('security officer is told only owners change members', async ({
  page,
  request,
}) => {
  const bank = { id: 1004, name: 'Banca Popolare del Lario' }
  const { id } = await findMember(request, bank.id, DEMO_OWNER.email)
  // The demo owner steps down herself; the bank keeps its other owners.
  await putRole(request, bank.id, id, 'security_officer')
  await openMembers(page, bank)

  await expect(
    page.getByText(
      'You are a security officer of this organization; only owners can change members.',
    ),
  ).toBeVisible()
  await expectNoWriteControls(page, bank.name)
})

test('write answered 403 is explained and rolled back', async ({
  page,
  apiCalls,
  fault,
}) => {
  const alice = 'Alice Lindqvist'
  await openMembers(page, large)
  const row = memberRow(membersTable(page, large.name), alice)
  const role = row.getByRole('combobox', { name: `Role of ${alice}` })
  await expect(role).toHaveText('Viewer')
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 403,
    messages: ['Only an owner of the organization can change its members'],
    times: 1,
  })
  const before = apiCalls.length

  await chooseRowRole(page, row, alice, 'Security officer')

  await expect(
    notification(
      page,
      `The role of ${alice} was not changed. Your token is not allowed to do this.`,
    ),
  ).toBeVisible()
  await expect(role).toHaveText('Viewer')
  // The rights are read again, and the stand-in still lists her as an owner.
  await expect
    .poll(() =>
      apiCalls
        .slice(before)
        .filter(
          ({ path, search }) =>
            path === '/api/v1/organizations' && search.includes('owned=true'),
        ),
    )
    .toHaveLength(1)
  await expect(page.getByText(/You are a/)).toHaveCount(0)
})

test('write answered 401 signs out with the reason', async ({
  page,
  fault,
}) => {
  const alice = 'Alice Lindqvist'
  await openMembers(page, large)
  const row = memberRow(membersTable(page, large.name), alice)
  await expect(row).toBeVisible()
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 401,
    messages: [9153],
    times: 1,
  })

  await chooseRowRole(page, row, alice, 'Security officer')

  await expect(page).toHaveURL(/\/sign-in/)
  await expect(
    page.getByText('The API token was rejected, so you were signed out.'),
  ).toBeVisible()
})
