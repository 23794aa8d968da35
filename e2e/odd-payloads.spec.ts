// Member lists the documented schema does not promise against: a role outside the enum or
// null, names left out, and a `total` that disagrees with `data`. The stand-in serves such
// a list for real over HTTP (a status fault with a 200 and a body of the test's own), made
// from the real members, so edits still reach real records.

import {
  expect,
  OWNER_TOKEN,
  signIn,
  test,
  writes,
  type ApiCall,
} from './fixtures.ts'

const ORGANIZATION = { id: 1002, name: 'Studio Legale Ferraris & Conti' }
const MEMBERS_API = `/api/v1/organizations/${ORGANIZATION.id}/users`

interface ApiMember {
  id: string
  username?: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role: string | null
}

test('odd members show sensibly and are never sent back wrong', async ({
  page,
  request,
  fault,
  apiCalls,
}) => {
  const real = await request.get(MEMBERS_API, {
    headers: { 'X-Aegister-Token': OWNER_TOKEN },
  })
  const members = ((await real.json()) as { data: ApiMember[] }).data
  const [owner, viewer, unknownRole, nullRole, nameless] = members
  if (!owner || !viewer || !unknownRole || !nullRole || !nameless)
    throw new Error('The organization needs five members for this test')
  const odd: ApiMember[] = [
    owner,
    viewer,
    { ...unknownRole, role: 'administrator' },
    { ...nullRole, role: null },
    {
      id: nameless.id,
      email: nameless.email,
      first_name: null,
      role: 'viewer',
    },
  ]
  await fault({
    endpoint: 'listMembers',
    kind: 'status',
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ error: 0, messages: [], data: odd, total: 40 }),
  })

  await signIn(page)
  await page.goto(`/organizations/${ORGANIZATION.id}/members`)
  const table = page.getByRole('table', {
    name: `Members of ${ORGANIZATION.name}`,
  })
  await expect(table.getByRole('row')).toHaveCount(odd.length + 1)
  await expect(
    page.getByText(`The API reports 40 members but sent ${odd.length}.`),
  ).toBeVisible()
  await expect(table.getByText('Unknown role')).toHaveCount(2)
  // A member without names is shown by the email.
  await expect(
    table.getByRole('rowheader', { name: nameless.email, exact: true }),
  ).toBeVisible()

  const unknownName = `${unknownRole.first_name} ${unknownRole.last_name}`
  await table.getByRole('button', { name: `Edit ${unknownName}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await expect(
    dialog.getByText(
      'The API reports a role the panel does not know (administrator).',
    ),
  ).toBeVisible()
  // The unknown role is never sent back: the dialog requires one of the known roles.
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('Choose a role')).toBeVisible()
  expect(writes(apiCalls)).toEqual([])

  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Viewer' }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const sent: ApiCall[] = writes(apiCalls)
  expect(sent).toHaveLength(1)
  expect(sent[0]?.path).toBe(`${MEMBERS_API}/${unknownRole.id}`)
  expect(sent[0]?.body).toEqual({ role: 'viewer' })

  await table.getByRole('button', { name: `Edit ${nameless.email}` }).click()
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  expect(writes(apiCalls)[1]?.body).toEqual({ role: 'security_officer' })
})

test('unreadable organizations leave the members page working', async ({
  page,
  fault,
  request,
}) => {
  await signIn(page)
  await fault({ endpoint: 'listOrganizations', kind: 'wrongShape' })

  await page.goto(`/organizations/${ORGANIZATION.id}/members`)

  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'The organization’s name could not be loaded.' })
  await expect(warning).toContainText(
    'does not understand, for the list of organizations',
  )
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(8)

  await request.delete('/__stand-in/faults')
  await warning.getByRole('button', { name: 'Retry' }).click()
  await expect(
    page.getByRole('heading', { name: ORGANIZATION.name }),
  ).toBeVisible()
  await expect(warning).toBeHidden()
})
