import { expect, ORGANIZATIONS, signIn, test } from './fixtures.ts'
import { membersTable } from './membersPage.ts'

const large = ORGANIZATIONS.large

test('app bar picker searches and opens an organization', async ({
  page,
  apiCalls,
}) => {
  await signIn(page)
  await page.goto(`/organizations/${large.id}/members?q=ros&page=1`)
  const picker = page.getByRole('combobox', { name: 'Organization' })
  await expect(picker).toHaveValue(large.name)
  await expect(membersTable(page, large.name)).toBeVisible()
  const before = apiCalls.length

  await picker.click()
  await picker.fill('lario')
  const options = page.getByRole('option')
  await expect(options).toHaveCount(1)
  // Every organization of the demo owner fits in one page, so no request searches.
  expect(apiCalls.slice(before)).toEqual([])
  await options.first().click()

  const bank = 'Banca Popolare del Lario'
  await expect(page).toHaveURL('/organizations/1004/members')
  await expect(page.getByRole('heading', { name: bank })).toBeVisible()
  await expect(picker).toHaveValue(bank)
  await expect(membersTable(page, bank)).toBeVisible()
  // Only the new organization's members are read: its name and rights are cached.
  expect(
    apiCalls.slice(before).map(({ method, path }) => `${method} ${path}`),
  ).toEqual(['GET /api/v1/organizations/1004/users'])
})

test('organizations page and picker share one request', async ({
  page,
  apiCalls,
}) => {
  await signIn(page)
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
  await expect(page.getByText('14 organizations')).toBeVisible()
  const picker = page.getByRole('combobox', { name: 'Organization' })
  await picker.click()
  await expect(page.getByRole('option')).toHaveCount(14)

  const lists = apiCalls.filter(({ path }) => path === '/api/v1/organizations')
  // One from the sign-in check, one after the reload.
  expect(lists.map(({ search }) => search)).toEqual([
    '?limit=100&offset=0&order=name',
    '?limit=100&offset=0&order=name',
  ])
})
