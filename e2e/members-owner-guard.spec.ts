import { expect, ORGANIZATIONS, test, writes } from './fixtures.ts'
import {
  callsSince,
  chooseRowRole,
  memberRow,
  membersTable,
  notification,
  openMembers,
} from './membersPage.ts'
import { DEMO_OWNER, findMember, putRole } from './standInApi.ts'

const single = ORGANIZATIONS.singleOwner
const large = ORGANIZATIONS.large
const lucia = {
  name: 'Lucia Silvestri',
  email: 'lucia.silvestri@studioferrarisconti.it',
}
const banner = `${DEMO_OWNER.name} is the only owner of ${single.name}, so`

test('last owner cannot be demoted or removed', async ({ page, apiCalls }) => {
  await openMembers(page, single)
  const row = memberRow(membersTable(page, single.name), DEMO_OWNER.name)

  await expect(
    row.getByRole('button', { name: `Remove ${DEMO_OWNER.name}` }),
  ).toBeDisabled()
  await expect(row.getByText('The only owner cannot be removed')).toBeVisible()
  await expect(
    row.getByRole('combobox', { name: `Role of ${DEMO_OWNER.name}` }),
  ).toHaveAttribute('aria-disabled', 'true')
  await expect(row.getByText('The only owner cannot be demoted')).toBeVisible()
  await expect(page.getByText(banner)).toBeVisible()

  await row.getByRole('button', { name: `Edit ${DEMO_OWNER.name}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  for (const role of ['Viewer', 'Security officer']) {
    await expect(page.getByRole('option', { name: role })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  }
  await page.keyboard.press('Escape')
  await expect(dialog.getByText(/This is the only owner/)).toBeVisible()
  expect(writes(apiCalls)).toEqual([])
})

test('banner promotes a second owner once the email is typed', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, single.id, lucia.email)
  await openMembers(page, single)
  const table = membersTable(page, single.name)
  await page.getByRole('button', { name: 'Promote someone' }).click()

  const picker = page.getByRole('dialog', { name: 'Promote a member to owner' })
  await picker.getByRole('combobox', { name: 'Member' }).fill('silv')
  await page
    .getByRole('option', { name: `${lucia.name} (${lucia.email})` })
    .click()
  await picker.getByRole('button', { name: 'Continue' }).click()

  const confirm = page.getByRole('dialog', { name: 'Change role' })
  await expect(confirm).toContainText(
    `Change the role of ${lucia.name} in ${single.name} from Viewer to Owner?`,
  )
  const before = apiCalls.length
  await confirm.getByRole('button', { name: 'Change role' }).click()
  await expect(
    confirm.getByText(`Type ${lucia.email} to confirm this change`),
  ).toBeVisible()
  expect(callsSince(apiCalls, before)).toEqual([])
  await confirm.getByLabel(`Type ${lucia.email} to confirm`).fill(lucia.email)
  await confirm.getByRole('button', { name: 'Change role' }).click()

  await expect(
    notification(page, `Role changed to Owner for ${lucia.name}.`),
  ).toBeVisible()
  await expect(
    memberRow(table, lucia.name).getByRole('combobox', {
      name: `Role of ${lucia.name}`,
    }),
  ).toHaveText('Owner')
  await expect(page.getByText(banner)).toBeHidden()
  await expect(
    memberRow(table, DEMO_OWNER.name).getByRole('button', {
      name: `Remove ${DEMO_OWNER.name}`,
    }),
  ).toBeEnabled()
  const usersPath = `/api/v1/organizations/${single.id}/users`
  expect(callsSince(apiCalls, before)).toEqual([
    { method: 'GET', path: usersPath, body: undefined },
    { method: 'PUT', path: `${usersPath}/${id}`, body: { role: 'owner' } },
  ])
})

test('read before writing catches a new last owner', async ({
  page,
  apiCalls,
  request,
}) => {
  const { id } = await findMember(request, single.id, lucia.email)
  await putRole(request, single.id, id, 'owner')
  await openMembers(page, single)
  const table = membersTable(page, single.name)
  const row = memberRow(table, DEMO_OWNER.name)
  await expect(
    memberRow(table, lucia.name).getByRole('combobox', {
      name: `Role of ${lucia.name}`,
    }),
  ).toHaveText('Owner')
  await expect(page.getByText(banner)).toBeHidden()
  // Another owner demotes Lucia: Giulia is the only owner again.
  await putRole(request, single.id, id, 'security_officer')
  const before = apiCalls.length

  await chooseRowRole(page, row, DEMO_OWNER.name, 'Viewer')
  const confirm = page.getByRole('dialog', { name: 'Change role' })
  await confirm
    .getByLabel(`Type ${DEMO_OWNER.email} to confirm`)
    .fill(DEMO_OWNER.email)
  await confirm.getByRole('button', { name: 'Change role' }).click()

  await expect(
    notification(
      page,
      `${DEMO_OWNER.name} is now the only owner of ${single.name}, so nothing was changed.`,
    ),
  ).toBeVisible()
  await expect(
    row.getByRole('combobox', { name: `Role of ${DEMO_OWNER.name}` }),
  ).toHaveText('Owner')
  await expect(page.getByText(banner)).toBeVisible()
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
  ])
})

test('API rejecting a demotion is shown and rolled back', async ({
  page,
  apiCalls,
  fault,
}) => {
  const owner = {
    name: 'Alessandro Marchetti',
    email: 'alessandro.marchetti@nordavia.it',
  }
  await openMembers(page, large)
  const row = memberRow(membersTable(page, large.name), owner.name)
  const role = row.getByRole('combobox', { name: `Role of ${owner.name}` })
  await expect(role).toHaveText('Owner')
  // As if the other owners left between the read and the write.
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 400,
    messages: ['The organization must keep at least one owner'],
    times: 1,
  })
  const before = apiCalls.length

  await chooseRowRole(page, row, owner.name, 'Security officer')
  const confirm = page.getByRole('dialog', { name: 'Change role' })
  await confirm.getByLabel(`Type ${owner.email} to confirm`).fill(owner.email)
  await confirm.getByRole('button', { name: 'Change role' }).click()

  await expect(
    notification(
      page,
      `The role of ${owner.name} was not changed. The Aegister API rejected the data. Check it and try again. Details: The organization must keep at least one owner`,
    ),
  ).toBeVisible()
  await expect(role).toHaveText('Owner')
  expect(callsSince(apiCalls, before).map(({ method }) => method)).toEqual([
    'GET',
    'PUT',
  ])
})
