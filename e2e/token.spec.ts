// Where the API token may be, and where it must never be. The fixture also checks every
// test for the token in request URLs, the address bar and the console.

import type { Page } from '@playwright/test'
import { expect, OWNER_TOKEN, signIn, test, type ApiCall } from './fixtures.ts'

const TOKEN_KEY = 'aegister.token'
const MEMBERS_PATH = '/organizations/1002/members'
const MEMBERS_API = '/api/v1/organizations/1002/users'

async function storedTokens(page: Page) {
  return page.evaluate((key) => {
    return {
      session: sessionStorage.getItem(key),
      local: localStorage.getItem(key),
    }
  }, TOKEN_KEY)
}

/** Joins every value in both storages except the token's own entry. */
async function otherStoredText(page: Page): Promise<string> {
  return page.evaluate((key) => {
    const values: string[] = []
    for (const storage of [sessionStorage, localStorage]) {
      for (let index = 0; index < storage.length; index++) {
        const name = storage.key(index)
        if (name && name !== key) values.push(storage.getItem(name) ?? '')
      }
    }
    return values.join('\n')
  }, TOKEN_KEY)
}

function memberReads(calls: ApiCall[]): ApiCall[] {
  return calls.filter(
    (call) => call.method === 'GET' && call.path === MEMBERS_API,
  )
}

async function signInRemembered(page: Page): Promise<void> {
  await page.goto('/sign-in')
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByLabel('Keep me signed in on this device').check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
}

test('token in the address is removed at once', async ({ page, apiCalls }) => {
  const referers: string[] = []
  page.on('request', (request) => {
    const referer = request.headers()['referer']
    if (referer) referers.push(`${request.url()} from ${referer}`)
  })

  for (const name of ['X-Aegister-Token', 'token']) {
    await page.goto(`/organizations?${name}=${OWNER_TOKEN}`)

    await expect(page).toHaveURL(/\/sign-in/)
    expect(page.url()).not.toContain(OWNER_TOKEN)
    expect(await page.evaluate(() => window.location.href)).not.toContain(
      OWNER_TOKEN,
    )
  }
  // The token of a link is never used, and no request sent the address on as a Referer.
  expect(apiCalls).toEqual([])
  expect(referers).toEqual([])
  expect(await storedTokens(page)).toEqual({ session: null, local: null })
})

test('token kept for the tab by default', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(
    page.getByText(
      'The token then stays in this browser after you close it, where anyone using this device could use it.',
    ),
  ).toBeVisible()
  await signIn(page)

  expect(await storedTokens(page)).toEqual({
    session: OWNER_TOKEN,
    local: null,
  })
})

test('token kept on the device when chosen', async ({ page }) => {
  await signInRemembered(page)

  expect(await storedTokens(page)).toEqual({
    session: null,
    local: OWNER_TOKEN,
  })

  // A new tab of the same browser is signed in at once.
  const second = await page.context().newPage()
  await second.goto('/organizations')
  await expect(
    second.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
  await second.close()
})

test('sign-out clears storage and cache', async ({ page, apiCalls }) => {
  await signInRemembered(page)
  await page.goto(MEMBERS_PATH)
  await expect(page.getByRole('table')).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByText('You are signed out.')).toBeVisible()
  expect(await storedTokens(page)).toEqual({ session: null, local: null })

  // Signing in again reads the members afresh: nothing was kept from before.
  const before = apiCalls.length
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page
    .getByRole('link', { name: /Studio Legale Ferraris & Conti/ })
    .click()
  await expect(page.getByRole('table')).toBeVisible()
  expect(memberReads(apiCalls.slice(before))).toHaveLength(1)
})

test('401 on a write clears storage and cache', async ({
  page,
  apiCalls,
  fault,
}) => {
  await signInRemembered(page)
  await page.goto(MEMBERS_PATH)
  await page.getByRole('button', { name: 'Edit Luca Bernardi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  // Security officer, since granting Owner first asks for the typed email.
  await page.getByRole('option', { name: 'Security officer' }).click()
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 401,
    messages: [9153],
    times: 1,
  })

  await dialog.getByRole('button', { name: 'Save' }).click()

  await expect(page).toHaveURL(/\/sign-in/)
  await expect(
    page.getByText('The API token was rejected, so you were signed out.'),
  ).toBeVisible()
  expect(await storedTokens(page)).toEqual({ session: null, local: null })

  const before = apiCalls.length
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(MEMBERS_PATH)
  await expect(page.getByRole('table')).toBeVisible()
  expect(memberReads(apiCalls.slice(before))).toHaveLength(1)
})

test('401 on two requests signs out once', async ({
  page,
  apiCalls,
  fault,
}) => {
  await signIn(page)
  await fault({ endpoint: '*', kind: 'status', status: 401, messages: [9153] })
  const before = apiCalls.length

  await page.goto(MEMBERS_PATH)

  await expect(page).toHaveURL(/\/sign-in/)
  await expect(
    page.getByText('The API token was rejected, so you were signed out.'),
  ).toHaveCount(1)
  // The organizations page, the owned and the editable lists and the
  // members were asked for, each once, and nothing after.
  await page.waitForTimeout(1000)
  const sent = apiCalls.slice(before).map((call) => call.path + call.search)
  expect(new Set(sent).size, `repeated requests: ${sent.join(', ')}`).toBe(
    sent.length,
  )
  expect(sent.filter((path) => path.startsWith(MEMBERS_API))).toEqual([
    MEMBERS_API,
  ])
  expect(
    sent.filter((path) => path.startsWith('/api/v1/organizations?')),
  ).toHaveLength(3)
  const redirect = new URL(page.url()).searchParams.get('redirect')
  expect(redirect).toBe(MEMBERS_PATH)
})

const ERROR_KINDS = [
  { kind: 'status', status: 400 },
  { kind: 'status', status: 403 },
  { kind: 'status', status: 404 },
  { kind: 'status', status: 500 },
  { kind: 'envelopeError' },
  { kind: 'notJson' },
  { kind: 'wrongShape' },
  { kind: 'drop' },
]

test('token never shown with any error', async ({ page, fault, request }) => {
  const echo = [
    `token ${OWNER_TOKEN} rejected`,
    `X-Aegister-Token: ${OWNER_TOKEN}`,
  ]
  await signIn(page)
  await page.goto(MEMBERS_PATH)
  await page.getByRole('button', { name: 'Edit Luca Bernardi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  // Security officer, since granting Owner first asks for the typed email.
  await page.getByRole('option', { name: 'Security officer' }).click()

  for (const kind of ERROR_KINDS) {
    await fault({ ...kind, endpoint: 'updateMember', messages: echo })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByRole('alert').last()).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeEnabled()
    expect(
      await page.content(),
      `page after ${JSON.stringify(kind)}`,
    ).not.toContain(OWNER_TOKEN)
    await request.delete('/__stand-in/faults')
  }
  // The change log records each failure in words, and never the token.
  const log = await otherStoredText(page)
  expect(log).toContain('failed')
  expect(log).not.toContain(OWNER_TOKEN)

  await page.keyboard.press('Escape')
  for (const kind of ERROR_KINDS) {
    await fault({ ...kind, endpoint: 'listMembers', messages: echo })
    await page.reload()
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: /could not be loaded|not found/ }),
    ).toBeVisible()
    expect(
      await page.content(),
      `page after ${JSON.stringify(kind)}`,
    ).not.toContain(OWNER_TOKEN)
    await request.delete('/__stand-in/faults')
  }
})
