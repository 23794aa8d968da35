import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  signIn,
  test,
  writes,
} from './fixtures.ts'
import { membersTable, notification, openMembers } from './membersPage.ts'

const large = ORGANIZATIONS.large
const membersPath = `/organizations/${large.id}/members`

test('sign-in screen names the stand-in and its tokens', async ({ page }) => {
  await page.goto('/')

  await expect(page).toHaveURL(/\/sign-in/)
  await expect(
    page.getByText('Connected to the built-in stand-in API'),
  ).toBeVisible()
  await expect(
    page.getByText('demo-owner-token', { exact: true }),
  ).toBeVisible()
  await expect(
    page.getByText('demo-viewer-token', { exact: true }),
  ).toBeVisible()
})

test('wrong token is rejected and kept', async ({ page, apiCalls }) => {
  await page.goto('/sign-in')
  await page.getByLabel('API token').fill('not-a-real-token')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByText('The API token was rejected')).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(page.getByLabel('API token')).toHaveValue('not-a-real-token')
  expect(apiCalls).toHaveLength(1)
  expect(apiCalls[0]?.token).toBe('not-a-real-token')
  expect(apiCalls[0]?.search).not.toContain('not-a-real-token')
})

test('empty token asks for one without a request', async ({
  page,
  apiCalls,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByText('Enter your API token')).toBeVisible()
  expect(apiCalls).toEqual([])
})

test('members walk: pick, list, sort, page, reload', async ({
  page,
  apiCalls,
}) => {
  await signIn(page)
  await page.getByRole('link', { name: new RegExp(large.name) }).click()

  await expect(page).toHaveURL(membersPath)
  await expect(page.getByRole('heading', { name: large.name })).toBeVisible()
  await expect(page.getByText(`${large.members} members`)).toBeVisible()
  const table = membersTable(page, large.name)
  await expect(table.getByRole('row')).toHaveCount(26)
  await expect(page.getByText(`1–25 of ${large.members}`)).toBeVisible()
  for (const header of ['Name', 'Email', 'Role']) {
    await expect(
      table.getByRole('columnheader', { name: header, exact: true }),
    ).toBeVisible()
  }

  // Every call carries the token in the header only.
  for (const call of apiCalls) {
    expect(call.token).toBe(OWNER_TOKEN)
    expect(call.search).not.toContain(OWNER_TOKEN)
  }

  const firstName = () => table.getByRole('rowheader').first().textContent()
  const ascending = await firstName()
  await table.getByRole('button', { name: 'Name' }).click()
  await expect(page).toHaveURL(/sort=-name/)
  await expect.poll(firstName).not.toBe(ascending)
  await expect(
    table.getByRole('columnheader', { name: 'Name', exact: true }),
  ).toHaveAttribute('aria-sort', 'descending')

  await page.getByRole('combobox', { name: 'Rows per page' }).click()
  await page.getByRole('option', { name: '50' }).click()
  await expect(table.getByRole('row')).toHaveCount(51)
  await page.getByRole('button', { name: 'Go to next page' }).click()
  await expect(page.getByText(`51–100 of ${large.members}`)).toBeVisible()

  const url = page.url()
  await page.reload()
  await expect(page).toHaveURL(url)
  await expect(page.getByText(`51–100 of ${large.members}`)).toBeVisible()
  await expect(
    table.getByRole('columnheader', { name: 'Name', exact: true }),
  ).toHaveAttribute('aria-sort', 'descending')

  // The token is kept per tab, so a new tab asks for it, then opens the same view.
  const second = await page.context().newPage()
  await second.goto(url)
  await expect(second).toHaveURL(/\/sign-in/)
  await second.getByLabel('API token').fill(OWNER_TOKEN)
  await second.getByRole('button', { name: 'Sign in' }).click()
  await expect(second).toHaveURL(url)
  await expect(second.getByText(`51–100 of ${large.members}`)).toBeVisible()
  await second.close()
})

test('names show as the API sends them, username when empty', async ({
  page,
}) => {
  const table = await openMembers(page, large, { search: '?size=100' })
  await expect(table.getByRole('row')).toHaveCount(101)

  await page.goto(`${membersPath}?sort=name&size=100&page=3`)
  await expect(
    page.getByText(`201–${large.members} of ${large.members}`),
  ).toBeVisible()
})

test('edit a role sends one PUT', async ({ page, apiCalls }) => {
  const table = await openMembers(page, large, { search: '?sort=email' })
  const row = table.getByRole('row').nth(1)
  const name = (await row.getByRole('rowheader').textContent()) ?? ''
  // The cells after the selection box: email, username, role, actions.
  const email = (await row.getByRole('cell').nth(1).textContent()) ?? ''
  const before = apiCalls.length

  await row.getByRole('button', { name: `Edit ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await expect(dialog.getByLabel('Email')).toHaveValue(email)
  await expect(dialog.getByLabel('Email')).toHaveAttribute('readonly', '')
  const role = dialog.getByRole('combobox', { name: 'Role' })
  const current = (await role.textContent()) ?? ''
  const target = current === 'Owner' ? 'Security officer' : 'Owner'
  await role.click()
  await page.getByRole('option', { name: target }).click()
  // Granting or taking away the owner role is confirmed with the email.
  await dialog.getByLabel(`Type ${email} to confirm`).fill(email)
  await dialog.getByRole('button', { name: 'Save' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    notification(page, `Role changed to ${target} for ${name}`),
  ).toBeVisible()
  await expect(row.getByRole('cell').nth(3)).toHaveText(target)

  const sent = writes(apiCalls.slice(before))
  expect(sent).toHaveLength(1)
  const memberId = sent[0]?.path.split('/').at(-1)
  expect(sent[0]?.method).toBe('PUT')
  expect(sent[0]?.path).toBe(
    `/api/v1/organizations/${large.id}/users/${memberId}`,
  )
  expect(memberId).toMatch(/^[0-9a-f-]{36}$/)
  expect(sent[0]?.token).toBe(OWNER_TOKEN)
  expect(sent[0]?.body).toEqual({
    role: target === 'Owner' ? 'owner' : 'security_officer',
  })

  await page.reload()
  await expect(
    table.getByRole('row').nth(1).getByRole('cell').nth(3),
  ).toHaveText(target)
})

test('invite checks the email, then sends one PUT to user 0', async ({
  page,
  apiCalls,
}) => {
  const table = await openMembers(page, large, { search: '?sort=-email' })
  await expect(page.getByText(`${large.members} members`)).toBeVisible()
  const before = apiCalls.length

  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  const email = dialog.getByLabel('Email')
  await expect(email).toHaveValue('')
  await dialog.getByRole('button', { name: 'Send invite' }).click()
  await expect(dialog.getByText('Email is required')).toBeVisible()

  await email.fill('not-an-email')
  await dialog.getByRole('button', { name: 'Send invite' }).click()
  await expect(
    dialog.getByText('“not-an-email” is not a valid email address'),
  ).toBeVisible()
  await expect(email).toHaveValue('not-an-email')
  expect(writes(apiCalls.slice(before))).toEqual([])

  await email.fill('  zz.new.person@example.org ')
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await dialog.getByRole('button', { name: 'Send invite' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    notification(page, 'Invitation sent to zz.new.person@example.org'),
  ).toBeVisible()
  await expect(page.getByText(`${large.members + 1} members`)).toBeVisible()
  await expect(table.getByRole('row').nth(1)).toContainText(
    'zz.new.person@example.org',
  )

  const sent = writes(apiCalls.slice(before))
  expect(sent).toHaveLength(1)
  expect(sent[0]?.method).toBe('PUT')
  expect(sent[0]?.path).toBe(`/api/v1/organizations/${large.id}/users/0`)
  expect(sent[0]?.body).toEqual({
    role: 'security_officer',
    email: 'zz.new.person@example.org',
  })
})

test('invite of an existing member shows the API message', async ({
  page,
  apiCalls,
}) => {
  await openMembers(page, large)
  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  await dialog.getByLabel('Email').fill('GIULIA.ROSSI@presidiosicurezza.it')
  await dialog.getByRole('button', { name: 'Send invite' }).click()

  await expect(
    dialog.getByText('a member with this email already exists'),
  ).toBeVisible()
  await expect(dialog.getByLabel('Email')).toHaveValue(
    'GIULIA.ROSSI@presidiosicurezza.it',
  )
  expect(writes(apiCalls)).toHaveLength(1)
})

test('sign out forgets the token', async ({ page }) => {
  await signIn(page)
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await expect(page.getByText('You are signed out.')).toBeVisible()
  const stored = await page.evaluate(() => [
    sessionStorage.length,
    localStorage.length,
  ])
  expect(stored).toEqual([0, 0])

  await page.goto(membersPath)
  await expect(page).toHaveURL(/\/sign-in/)
})
