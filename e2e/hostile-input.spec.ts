// Organizations and members whose fields hold markup, script and javascript: links, as a
// compromised or careless API could send them. The panel must show them as inert text,
// load logos only over https, and send nothing of them back. Each payload, if it ever ran,
// would set the document's title to "xss". The CSP would also block it, and the fixture
// fails the test on any CSP violation.

import type { APIRequestContext, Page } from '@playwright/test'
import { expect, signIn, test, writes } from './fixtures.ts'

/** The stand-in's organizations with markup in their fields; see fake-api/seed-hostile.ts. */
const HOSTILE = {
  id: 1015,
  name: 'Hostile <img src=x onerror="document.title=\'xss\'"> S.p.A.',
  description: 'Description with <script>document.title="xss"</script> inside',
  memberName:
    '<img src=x onerror="document.title=\'xss\'"> <script>document.title="xss"</script>',
  linkUsername: 'javascript:document.title="xss"',
  svgEmail: '<svg onload="document.title=\'xss\'">@hostile.example',
}
const HTTPS_LOGO = {
  name: 'Logo over https S.r.l.',
  logo: 'https://127.0.0.1:9/logo.png',
}

/** Adds the hostile organizations; the fixture's own reset, before each test, removes them. */
async function seedHostile(request: APIRequestContext): Promise<void> {
  const response = await request.post('/__stand-in/reset', {
    data: { hostileOrganizations: true },
  })
  expect(response.status()).toBe(200)
}

/** Checks that no payload turned into an element, a link or a script run. */
async function expectInert(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('svg[onload]')).toHaveCount(0)
  await expect(page.locator('[onerror], [onload]')).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0)
  await expect(page.locator('body script')).toHaveCount(0)
  expect(await page.title()).not.toBe('xss')
}

test('organization fields show as text', async ({ page, request }) => {
  await seedHostile(request)
  const images: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'image') images.push(request.url())
  })

  await signIn(page)

  const hostile = page.getByRole('link', { name: /Hostile/ })
  await expect(hostile).toContainText(HOSTILE.name)
  await expect(hostile).toContainText(HOSTILE.description)
  await expect(hostile.locator('img')).toHaveCount(0)
  await expectInert(page)

  // Only the https logo is requested; the javascript: one never becomes an image.
  await expect.poll(() => images).toContain(HTTPS_LOGO.logo)
  expect(images.filter((url) => !url.startsWith('https://'))).toEqual(
    images.filter((url) => url.endsWith('/favicon.svg')),
  )
})

test('member fields show as text', async ({ page, apiCalls, request }) => {
  await seedHostile(request)
  await signIn(page)
  await page.getByRole('link', { name: /Hostile/ }).click()

  const table = page.getByRole('table')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.name)
  await expect(
    table.getByRole('rowheader', { name: HOSTILE.memberName, exact: true }),
  ).toBeVisible()
  await expect(
    table.getByRole('rowheader', { name: HOSTILE.linkUsername, exact: true }),
  ).toBeVisible()
  await expect(table.getByText(HOSTILE.svgEmail, { exact: true })).toBeVisible()
  await expectInert(page)

  // Editing the member sends only the role, never a field the API sent.
  await table
    .getByRole('button', { name: `Edit ${HOSTILE.memberName}` })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await expect(
    dialog.getByText(HOSTILE.memberName, { exact: true }),
  ).toBeVisible()
  await expectInert(page)
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('status').filter({
      hasText: `Role changed to Security officer for ${HOSTILE.memberName}`,
    }),
  ).toBeVisible()
  const sent = writes(apiCalls)
  expect(sent).toHaveLength(1)
  expect(sent[0]?.body).toEqual({ role: 'security_officer' })
  await expectInert(page)
})

test('invite rejects a markup address', async ({ page, apiCalls, request }) => {
  await seedHostile(request)
  await signIn(page)
  await page.goto(`/organizations/${HOSTILE.id}/members`)
  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  const email = dialog.getByLabel('Email')

  await email.fill(HOSTILE.svgEmail)

  // The space inside makes two entries, so the dialog lists both as
  // invalid, as text, and offers nothing to send.
  const preview = dialog.getByRole('list', { name: 'Addresses to invite' })
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  for (const item of await preview.getByRole('listitem').all()) {
    await expect(item).toContainText('Invalid')
  }
  await expect(preview).toContainText('<svg')
  await dialog.getByRole('button', { name: /^Send/ }).click()
  await expect(email).toHaveValue(HOSTILE.svgEmail)
  expect(writes(apiCalls)).toEqual([])
  await expectInert(page)
})
