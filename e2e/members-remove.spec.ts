import type { Locator, Page } from '@playwright/test'
import { expect, ORGANIZATIONS, test } from './fixtures.ts'
import {
  callsSince,
  memberRow,
  notification,
  openMembers,
  openRemoveDialog,
} from './membersPage.ts'
import { deleteMember, findMember, readMembers } from './standInApi.ts'

const large = ORGANIZATIONS.large
const listPath = `/api/v1/organizations/${large.id}/users`
const alice = { name: 'Alice Lindqvist', email: 'alice.lindqvist@nordavia.it' }
/** The notification when the read before the DELETE no longer lists Alice. */
const aliceGone = `${alice.name} is no longer a member of ${large.name}, so nothing was changed.`

/** Opens the members page of the large organization and returns the row of `name`. */
async function openRow(page: Page, name: string): Promise<Locator> {
  const table = await openMembers(page, large)
  return memberRow(table, name)
}

const removeButton = (dialog: Locator) =>
  dialog.getByRole('button', { name: 'Remove', exact: true })

test('remove reads once, then sends one DELETE', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const row = await openRow(page, alice.name)
  await expect(row).toBeVisible()
  const before = apiCalls.length

  const dialog = await openRemoveDialog(row, alice.name)
  await expect(dialog).toContainText(
    `${alice.name} (${alice.email}) will be removed from ${large.name}`,
  )
  await removeButton(dialog).click()

  await expect(dialog).toBeHidden()
  await expect(row).toHaveCount(0)
  await expect(
    notification(page, `${alice.name} was removed from ${large.name}`),
  ).toBeVisible()
  await expect(page.getByText(`${large.members - 1} members`)).toBeVisible()
  expect(callsSince(apiCalls, before)).toEqual([
    { method: 'GET', path: listPath, body: undefined },
    { method: 'DELETE', path: `${listPath}/${id}`, body: undefined },
  ])
  const stored = await readMembers(request, large.id)
  expect(stored.map(({ email }) => email)).not.toContain(alice.email)
})

test('remove answered 404 says already removed', async ({
  page,
  apiCalls,
  fault,
}) => {
  const row = await openRow(page, alice.name)
  await expect(row).toBeVisible()
  await fault({
    endpoint: 'removeMember',
    kind: 'status',
    status: 404,
    times: 1,
  })
  const before = apiCalls.length

  const dialog = await openRemoveDialog(row, alice.name)
  await removeButton(dialog).click()

  await expect(dialog).toBeHidden()
  await expect(
    notification(
      page,
      `${alice.name} had already been removed from ${large.name}, so the list has been refreshed.`,
    ),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  // The read after the 404 is the refresh.
  await expect
    .poll(() => callsSince(apiCalls, before).map(({ method }) => method))
    .toEqual(['GET', 'DELETE', 'GET'])
})

test('remove of a member deleted elsewhere sends nothing', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const row = await openRow(page, alice.name)
  await expect(row).toBeVisible()
  await deleteMember(request, large.id, id)
  const before = apiCalls.length

  await removeButton(await openRemoveDialog(row, alice.name)).click()

  await expect(notification(page, aliceGone)).toBeVisible()
  await expect(row).toHaveCount(0)
  expect(callsSince(apiCalls, before)).toEqual([
    { method: 'GET', path: listPath, body: undefined },
  ])
})

test('remove of an owner asks for the email', async ({
  page,
  apiCalls,
  request,
}) => {
  const owner = {
    name: 'Alessandro Marchetti',
    email: 'alessandro.marchetti@nordavia.it',
  }
  const { id } = await findMember(request, large.id, owner.email)
  const row = await openRow(page, owner.name)
  const dialog = await openRemoveDialog(row, owner.name)
  await expect(dialog).toContainText(`${owner.name} is one of the owners.`)
  await expect(
    dialog.getByLabel(`Type ${owner.email} to confirm`),
  ).toBeFocused()
  const before = apiCalls.length

  await removeButton(dialog).click()
  await expect(
    dialog.getByText(`Type ${owner.email} to confirm this change`),
  ).toBeVisible()
  await dialog
    .getByLabel(`Type ${owner.email} to confirm`)
    .fill('someone@else.it')
  await removeButton(dialog).click()
  await expect(
    dialog.getByText(`“someone@else.it” does not match ${owner.email}`),
  ).toBeVisible()
  expect(callsSince(apiCalls, before)).toEqual([])

  await dialog.getByLabel(`Type ${owner.email} to confirm`).fill(owner.email)
  await removeButton(dialog).click()

  await expect(dialog).toBeHidden()
  await expect(row).toHaveCount(0)
  expect(
    callsSince(apiCalls, before).map(({ method, path }) => `${method} ${path}`),
  ).toEqual([`GET ${listPath}`, `DELETE ${listPath}/${id}`])
})

test('remove whose response was lost says so', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, large.id, alice.email)
  const row = await openRow(page, alice.name)
  // The API removes the member, then the connection breaks before the response.
  await page.route(`**${listPath}/${id}`, async (route) => {
    await route.fetch()
    await route.abort('connectionreset')
  })
  const before = apiCalls.length

  const dialog = await openRemoveDialog(row, alice.name)
  await removeButton(dialog).click()
  await expect(dialog.getByRole('alert')).toContainText(
    'the connection broke before it answered, so the change may or may not have been made',
  )

  // Trying again reads the list first, finds the member gone and sends nothing.
  await removeButton(dialog).click()
  await expect(dialog).toBeHidden()
  await expect(notification(page, aliceGone)).toBeVisible()
  await expect(row).toHaveCount(0)
  // Between the two tries, the panel read the list again to show what is true now.
  expect(
    callsSince(apiCalls, before).map(({ method, path }) => `${method} ${path}`),
  ).toEqual([
    `GET ${listPath}`,
    `DELETE ${listPath}/${id}`,
    `GET ${listPath}`,
    `GET ${listPath}`,
  ])
})
