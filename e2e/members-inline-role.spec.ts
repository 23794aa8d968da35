import type { Page } from '@playwright/test'
import { expect, ORGANIZATIONS, test } from './fixtures.ts'
import {
  callsSince,
  chooseRowRole,
  memberRow,
  membersTable,
  notification,
  openMembers,
} from './membersPage.ts'
import { findMember, putRole } from './standInApi.ts'

const large = ORGANIZATIONS.large
const usersPath = `/api/v1/organizations/${large.id}/users`
const alice = { name: 'Alice Lindqvist', email: 'alice.lindqvist@nordavia.it' }

async function openAlice(page: Page) {
  await openMembers(page, large)
  const row = memberRow(membersTable(page, large.name), alice.name)
  const role = row.getByRole('combobox', { name: `Role of ${alice.name}` })
  await expect(role).toHaveText('Viewer')
  return { row, role }
}

test('inline change shows at once, then reads once and PUTs once', async ({
  page,
  apiCalls,
  fault,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const { row, role } = await openAlice(page)
  // The read before the write is slow, so the new role shows before the API responds.
  await fault({ endpoint: 'listMembers', kind: 'delay', ms: 2000, times: 1 })
  const before = apiCalls.length

  await chooseRowRole(page, row, alice.name, 'Security officer')

  await expect(role).toHaveText('Security officer', { timeout: 1000 })
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(
    notification(page, `Role changed to Security officer for ${alice.name}.`),
  ).toBeVisible()
  expect(callsSince(apiCalls, before)).toEqual([
    { method: 'GET', path: usersPath, body: undefined },
    {
      method: 'PUT',
      path: `${usersPath}/${id}`,
      body: { role: 'security_officer' },
    },
  ])
  // Nothing is read again after the PUT.
  await page.waitForTimeout(1000)
  expect(apiCalls.length - before).toBe(2)
})

test('inline change is rolled back when the API refuses', async ({
  page,
  apiCalls,
  fault,
  request,
}) => {
  const { row, role } = await openAlice(page)
  await fault({ endpoint: 'listMembers', kind: 'delay', ms: 1500, times: 1 })
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 500,
    times: 1,
  })
  const before = apiCalls.length

  await chooseRowRole(page, row, alice.name, 'Security officer')
  await expect(role).toHaveText('Security officer', { timeout: 1000 })

  await expect(
    notification(
      page,
      `The role of ${alice.name} was not changed. The Aegister API failed (HTTP 500).`,
    ),
  ).toBeVisible()
  await expect(role).toHaveText('Viewer')
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
    'PUT',
  ])
  const stored = await findMember(request, large.id, alice.email)
  expect(stored.role).toBe('viewer')
})

test('role changed elsewhere is shown before writing', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const { row, role } = await openAlice(page)
  await putRole(request, large.id, id, 'owner')
  const before = apiCalls.length

  await chooseRowRole(page, row, alice.name, 'Security officer')

  const dialog = page.getByRole('dialog', { name: 'Change role' })
  await expect(
    dialog.getByText(
      `Since the table was loaded, the role of ${alice.name} changed from Viewer to Owner.`,
    ),
  ).toBeVisible()
  await expect(dialog).toContainText(
    `Change the role of ${alice.name} in ${large.name} from Owner to Security officer?`,
  )
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
  ])

  // Taking the owner role away now needs the email, typed first.
  const typed = dialog.getByLabel(`Type ${alice.email} to confirm`)
  await expect(typed).toBeFocused()
  await typed.fill(alice.email)
  await dialog.getByRole('button', { name: 'Change anyway' }).click()

  await expect(
    notification(page, `Role changed to Security officer for ${alice.name}.`),
  ).toBeVisible()
  await expect(role).toHaveText('Security officer')
  expect(callsSince(apiCalls, before)).toEqual([
    { method: 'GET', path: usersPath, body: undefined },
    {
      method: 'PUT',
      path: `${usersPath}/${id}`,
      body: { role: 'security_officer' },
    },
  ])
})

test('cancelled stale warning writes nothing', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const { row, role } = await openAlice(page)
  await putRole(request, large.id, id, 'owner')
  const before = apiCalls.length

  await chooseRowRole(page, row, alice.name, 'Security officer')
  const dialog = page.getByRole('dialog', { name: 'Change role' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await expect(dialog).toBeHidden()
  await expect(role).toHaveText('Owner')
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
  ])
})
