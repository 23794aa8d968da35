import type { Page } from '@playwright/test'
import { expect, ORGANIZATIONS, test, writes } from './fixtures.ts'
import {
  callsSince,
  memberRow,
  membersTable,
  openMembers,
} from './membersPage.ts'
import { DEMO_OWNER, findMember, putRole } from './standInApi.ts'

const large = ORGANIZATIONS.large
const single = ORGANIZATIONS.singleOwner
const usersPath = `/api/v1/organizations/${large.id}/users`
const viewers = ['Aiyana', 'Alice Lindqvist', 'Alice Longo']

async function select(page: Page, organizationName: string, names: string[]) {
  const table = membersTable(page, organizationName)
  for (const name of names) {
    await memberRow(table, name)
      .getByRole('checkbox', { name: `Select ${name}` })
      .check()
  }
}

async function bulkRole(page: Page, role: string) {
  const bar = page.getByRole('region', { name: 'Selected members' })
  await bar.getByRole('button', { name: 'Change role' }).click()
  await page.getByRole('menuitem', { name: `Make ${role}` }).click()
}

test('bulk role change is reviewed, then reports each row', async ({
  page,
  apiCalls,
  fault,
}) => {
  await openMembers(page, large)
  await select(page, large.name, viewers)
  await expect(page.getByText('3 members selected.')).toBeVisible()
  await bulkRole(page, 'Security officer')

  const dialog = page.getByRole('dialog', {
    name: 'Make 3 members Security officer',
  })
  const changes = dialog.getByRole('table', { name: 'Changes' })
  for (const name of viewers) {
    await expect(memberRow(changes, name)).toContainText(
      'Viewer → Security officer',
    )
  }
  await expect(
    dialog.getByText('Owners after this change: 5 (now 5).'),
  ).toBeVisible()
  // The second write fails; the others go through.
  await fault({ endpoint: 'updateMember', kind: 'delay', ms: 0, times: 1 })
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 500,
    times: 1,
  })
  const before = apiCalls.length
  await dialog.getByRole('button', { name: 'Change 3 members' }).click()

  await expect(dialog.getByText('2 done, 1 failed.')).toBeVisible()
  await expect(changes.getByText('Done')).toHaveCount(2)
  await expect(changes.getByText('Failed')).toHaveCount(1)
  await expect(changes.getByText(/failed \(HTTP 500\)/)).toBeVisible()
  const sent = callsSince(apiCalls, before)
  expect(sent[0]).toEqual({ method: 'GET', path: usersPath, body: undefined })
  expect(sent.slice(1).map(({ method, body }) => ({ method, body }))).toEqual([
    { method: 'PUT', body: { role: 'security_officer' } },
    { method: 'PUT', body: { role: 'security_officer' } },
    { method: 'PUT', body: { role: 'security_officer' } },
  ])

  await dialog.getByRole('button', { name: 'Close' }).click()
  // The failed member stays selected, so the change can be tried again.
  await expect(page.getByText('1 member selected.')).toBeVisible()
  const table = membersTable(page, large.name)
  const shown = await Promise.all(
    viewers.map((name) =>
      memberRow(table, name)
        .getByRole('combobox', { name: `Role of ${name}` })
        .textContent(),
    ),
  )
  expect(shown.filter((role) => role === 'Security officer')).toHaveLength(2)
  expect(shown.filter((role) => role === 'Viewer')).toHaveLength(1)
  expect(apiCalls.length - before).toBe(4)
})

test('bulk change leaving no owner is blocked', async ({ page, apiCalls }) => {
  await openMembers(page, single)
  await select(page, single.name, [DEMO_OWNER.name, 'Luca Bernardi'])
  await bulkRole(page, 'Viewer')

  const dialog = page.getByRole('dialog', { name: 'Make 1 member Viewer' })
  await expect(
    dialog.getByText('Owners after this change: 0 (now 1).'),
  ).toBeVisible()
  await expect(
    dialog.getByText(/would leave the organization without an owner/),
  ).toBeVisible()
  await expect(
    dialog.getByText('1 selected member already has this role'),
  ).toBeVisible()
  await expect(
    dialog.getByRole('button', { name: 'Change 1 member' }),
  ).toBeDisabled()
  expect(writes(apiCalls)).toEqual([])
})

test('bulk removal of owners asks for the organization name', async ({
  page,
  apiCalls,
}) => {
  const owners = ['Alessandro Marchetti', "Anna D'Amico"]
  await openMembers(page, large)
  await select(page, large.name, [...owners, 'Aiyana'])
  await page
    .getByRole('region', { name: 'Selected members' })
    .getByRole('button', { name: 'Remove' })
    .click()

  const dialog = page.getByRole('dialog', { name: 'Remove 3 members' })
  await expect(
    dialog.getByText('Owners after this change: 3 (now 5).'),
  ).toBeVisible()
  const before = apiCalls.length
  await dialog.getByRole('button', { name: 'Remove 3 members' }).click()
  await expect(
    dialog.getByText(`Type ${large.name} to confirm this change`),
  ).toBeVisible()
  expect(callsSince(apiCalls, before)).toEqual([])
  await dialog.getByLabel(`Type ${large.name} to confirm`).fill(large.name)
  await dialog.getByRole('button', { name: 'Remove 3 members' }).click()

  await expect(dialog.getByText('3 done, 0 failed.')).toBeVisible()
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
    'DELETE',
    'DELETE',
    'DELETE',
  ])
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText(`${large.members - 3} members`)).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Selected members' }),
  ).toHaveCount(0)
})

test('bulk review shows members changed elsewhere', async ({
  page,
  apiCalls,
  request,
}) => {
  const alice = await findMember(
    request,
    large.id,
    'alice.lindqvist@nordavia.it',
  )
  await openMembers(page, large)
  await select(page, large.name, ['Aiyana', 'Alice Lindqvist'])
  await putRole(request, large.id, alice.id, 'owner')
  await bulkRole(page, 'Security officer')
  const dialog = page.getByRole('dialog', {
    name: 'Make 2 members Security officer',
  })
  const before = apiCalls.length
  await dialog.getByRole('button', { name: 'Change 2 members' }).click()

  await expect(
    dialog.getByText(
      'Since the table was loaded, the role of Alice Lindqvist changed from Viewer to Owner.',
    ),
  ).toBeVisible()
  const changes = dialog.getByRole('table', { name: 'Changes' })
  await expect(memberRow(changes, 'Alice Lindqvist')).toContainText(
    'Owner → Security officer',
  )
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
  ])
  await dialog.getByLabel(`Type ${alice.email} to confirm`).fill(alice.email)
  await dialog
    .getByRole('button', { name: 'Continue with the members as they are now' })
    .click()

  await expect(dialog.getByText('2 done, 0 failed.')).toBeVisible()
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
    'PUT',
    'PUT',
  ])
})

test('select all takes the rows of the page', async ({ page }) => {
  await openMembers(page, large, { search: '?role=owner' })
  await page
    .getByRole('checkbox', { name: 'Select all members on this page' })
    .check()

  await expect(page.getByText('5 members selected.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Filter by role' }).click()
  await page.getByRole('option', { name: 'All roles' }).click()
  await expect(page.getByText('5 members selected.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear selection' }).click()
  await expect(
    page.getByRole('region', { name: 'Selected members' }),
  ).toHaveCount(0)
})
