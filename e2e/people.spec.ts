import type { Page } from '@playwright/test'
import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  signIn,
  test,
  VIEWER_TOKEN,
  writes,
  type ApiCall,
} from './fixtures.ts'

const LUCA = {
  id: 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d',
  email: 'luca.bernardi@presidiosicurezza.it',
}
const GIULIA_EMAIL = 'giulia.rossi@presidiosicurezza.it'
const SINGLE_OWNER = { id: 1002, name: 'Studio Legale Ferraris & Conti' }
/** Organizations the demo owner owns: every one but the viewer-only one. */
const OWNED_COUNT = 13

async function searchPerson(page: Page, email: string) {
  await page.getByRole('link', { name: 'Find a person' }).click()
  await expect(
    page.getByRole('heading', { name: 'Find a person in your organizations' }),
  ).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Search' }).click()
}

function organizationIdOf(call: ApiCall): number {
  return Number(call.path.split('/')[4])
}

test('person is removed from every owned organization', async ({
  page,
  apiCalls,
  fault,
  request,
}) => {
  await signIn(page)
  const before = apiCalls.length
  await searchPerson(page, LUCA.email)

  await expect(
    page.getByText(
      `Luca Bernardi (${LUCA.email}) is a member of ${OWNED_COUNT} organizations you own.`,
    ),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/people\?email=/)
  const table = page.getByRole('table', {
    name: `Memberships of ${LUCA.email}`,
  })
  await expect(table.getByRole('row')).toHaveCount(OWNED_COUNT + 1)
  const reads = apiCalls.slice(before)
  const owned = reads.filter((call) => call.path === '/api/v1/organizations')
  expect(owned).toHaveLength(1)
  expect(owned[0]?.search).toContain('owned=true')
  const lists = reads.filter((call) => call.path.endsWith('/users'))
  expect(lists).toHaveLength(OWNED_COUNT)
  const ownedIds = lists.map(organizationIdOf).sort()
  expect(ownedIds).not.toContain(ORGANIZATIONS.viewerOnly.id)
  expect(new Set(ownedIds).size).toBe(OWNED_COUNT)

  await page
    .getByRole('button', { name: 'Remove from all organizations' })
    .click()
  const dialog = page.getByRole('dialog', {
    name: 'Remove Luca Bernardi from your organizations?',
  })
  const review = dialog.getByRole('list', { name: 'Organizations to review' })
  await expect(review.getByRole('listitem')).toHaveCount(OWNED_COUNT)
  await expect(review.getByText('Will be removed')).toHaveCount(OWNED_COUNT)
  await expect(review.getByText('Role: Viewer.')).toHaveCount(OWNED_COUNT)
  // Meanwhile he leaves the large organization, and one request fails.
  const left = await request.delete(
    `/api/v1/organizations/${ORGANIZATIONS.large.id}/users/${LUCA.id}`,
    { headers: { 'X-Aegister-Token': OWNER_TOKEN } },
  )
  expect(left.status()).toBe(200)
  await fault({
    endpoint: 'removeMember',
    kind: 'status',
    status: 500,
    times: 1,
  })
  const removeFrom = apiCalls.length

  await dialog
    .getByRole('button', { name: `Remove from ${OWNED_COUNT} organizations` })
    .click()

  await expect(
    dialog.getByText('11 removed, 1 already gone, 1 failed, 0 skipped.'),
  ).toBeVisible()
  const results = dialog.getByRole('list', { name: 'Removal results' })
  await expect(
    results.getByRole('listitem').filter({ hasText: ORGANIZATIONS.large.name }),
  ).toContainText('Already gone')
  const failed = results.getByRole('listitem').filter({ hasText: 'Failed' })
  await expect(failed).toContainText('The Aegister API failed (HTTP 500).')
  const deletes = writes(apiCalls.slice(removeFrom))
  expect(deletes).toHaveLength(OWNED_COUNT)
  for (const call of deletes) {
    expect(call.method).toBe('DELETE')
    expect(call.path).toMatch(
      new RegExp(`^/api/v1/organizations/\\d+/users/${LUCA.id}$`),
    )
    expect(call.body).toBeUndefined()
  }
  expect(deletes.map(organizationIdOf).sort()).toEqual(ownedIds)

  const retryFrom = apiCalls.length
  await dialog.getByRole('button', { name: 'Retry failed' }).click()

  await expect(
    dialog.getByText('12 removed, 1 already gone, 0 failed, 0 skipped.'),
  ).toBeVisible()
  const retried = writes(apiCalls.slice(retryFrom))
  expect(retried).toHaveLength(1)
  // The retry repeats the one DELETE that failed.
  const retriedId = retried.map(organizationIdOf)[0]
  expect(ownedIds).toContain(retriedId)
  expect(retriedId).not.toBe(ORGANIZATIONS.large.id)
  expect(retried[0]?.path).toBe(
    `/api/v1/organizations/${retriedId}/users/${LUCA.id}`,
  )
  await expect(results.getByText('Failed', { exact: true })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(
    page.getByText(
      `No member has the email ${LUCA.email} in the ${OWNED_COUNT} organizations you own.`,
    ),
  ).toBeVisible()
  await expect(
    page.getByRole('button', { name: `Changes (${OWNED_COUNT + 1})` }),
  ).toBeVisible()
})

test('only owners stay and owners need their email typed', async ({
  page,
  apiCalls,
}) => {
  await signIn(page)
  await searchPerson(page, GIULIA_EMAIL)
  await expect(
    page.getByText(/Giulia Rossi .* is a member of 13/),
  ).toBeVisible()
  const singleRow = page.getByRole('row').filter({ hasText: SINGLE_OWNER.name })
  await expect(singleRow).toContainText('Only owner')

  await page
    .getByRole('button', { name: 'Remove from all organizations' })
    .click()
  const dialog = page.getByRole('dialog', {
    name: 'Remove Giulia Rossi from your organizations?',
  })
  await expect(dialog.getByText('2 organizations are skipped')).toBeVisible()
  const skipped = dialog
    .getByRole('listitem')
    .filter({ hasText: SINGLE_OWNER.name })
  await expect(skipped).toContainText('Skipped')
  await expect(skipped).toContainText('the only owner of this organization')
  const confirm = dialog.getByRole('button', {
    name: 'Remove from 11 organizations',
  })
  await confirm.click()
  await expect(
    dialog.getByText(`Type ${GIULIA_EMAIL} exactly, to confirm.`),
  ).toBeVisible()
  expect(writes(apiCalls)).toEqual([])

  await dialog.getByLabel('Their email').fill(GIULIA_EMAIL.toUpperCase())
  await confirm.click()

  await expect(
    dialog.getByText('11 removed, 0 already gone, 0 failed, 2 skipped.'),
  ).toBeVisible()
  const deletes = writes(apiCalls)
  expect(deletes).toHaveLength(11)
  expect(deletes.map(organizationIdOf)).not.toContain(SINGLE_OWNER.id)
})

test('viewer owns nothing to search', async ({ page }) => {
  await signIn(page, VIEWER_TOKEN)
  await searchPerson(page, LUCA.email)

  await expect(
    page.getByText('You own no organization, so there is nothing to search.'),
  ).toBeVisible()
})

test('search checks the email before reading', async ({ page, apiCalls }) => {
  await signIn(page)
  await page.getByRole('link', { name: 'Find a person' }).click()
  const before = apiCalls.length

  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('Email is required')).toBeVisible()
  await page.getByLabel('Email').fill('luca@')
  await page.getByRole('button', { name: 'Search' }).click()

  await expect(
    page.getByText('“luca@” is not a valid email address'),
  ).toBeVisible()
  expect(apiCalls.slice(before)).toEqual([])
})
