import { expect, ORGANIZATIONS, OWNER_TOKEN, test, writes } from './fixtures.ts'
import { LANGUAGES, translator } from './i18n.ts'

const large = ORGANIZATIONS.large

for (const { language, locale } of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale })
    const t = translator(language)

    test('main walk in one language', async ({ page, apiCalls }) => {
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.getByLabel(t('session.tokenLabel')).fill(OWNER_TOKEN)
      await page.getByRole('button', { name: t('session.submit') }).click()
      await expect(
        page.getByRole('heading', { name: t('organizations.heading') }),
      ).toBeVisible()

      await page.getByRole('link', { name: new RegExp(large.name) }).click()
      await expect(
        page.getByText(t('members.count', { count: large.members })),
      ).toBeVisible()
      const table = page.getByRole('table', {
        name: t('members.tableLabel', { organization: large.name }),
      })
      // Exact, because the Username header contains the word too.
      const nameHeader = table.getByRole('columnheader', {
        name: t('members.columns.name'),
        exact: true,
      })
      await table
        .getByRole('button', { name: t('members.columns.name'), exact: true })
        .click()
      await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
      // The header changes at once and the rows in a background render,
      // which marks the body busy until the sorted rows show.
      await expect(table.locator('tbody[aria-busy]')).toHaveCount(0)
      await expect(
        page.getByText(t('members.pageRange', { from: 1, to: 25, count: 212 })),
      ).toBeVisible()

      const row = table.getByRole('row').nth(1)
      const name = (await row.getByRole('rowheader').textContent()) ?? ''
      const roleSelect = row.getByRole('combobox', {
        name: t('members.roleOf', { name }),
      })
      const current = (await roleSelect.textContent()) ?? ''
      const target = current === t('roles.owner') ? 'viewer' : 'owner'
      await row
        .getByRole('button', { name: t('members.editMember', { name }) })
        .click()
      const editDialog = page.getByRole('dialog', {
        name: t('memberDialog.editTitle'),
      })
      await editDialog
        .getByRole('combobox', { name: t('memberDialog.roleLabel') })
        .click()
      await page.getByRole('option', { name: t(`roles.${target}`) }).click()
      // Granting or taking away the owner role is confirmed with the email.
      const memberEmail = await editDialog
        .getByLabel(t('memberDialog.emailLabel'))
        .inputValue()
      await editDialog
        .getByLabel(t('confirmation.label', { text: memberEmail }))
        .fill(memberEmail)
      await editDialog
        .getByRole('button', { name: t('memberDialog.save') })
        .click()
      await expect(editDialog).toBeHidden()
      await expect(
        page.getByRole('status').filter({
          hasText: t('memberDialog.saved', {
            name,
            role: t(`roles.${target}`),
          }),
        }),
      ).toBeVisible()
      await expect(roleSelect).toHaveText(t(`roles.${target}`))

      await page.getByRole('button', { name: t('members.invite') }).click()
      const inviteDialog = page.getByRole('dialog', {
        name: t('memberDialog.inviteTitle'),
      })
      const email = `walk.${language}@example.org`
      await inviteDialog
        .getByLabel(t('memberDialog.emailLabel'))
        // One word, because spaces and commas separate several addresses.
        .fill('not-an-email')
      await inviteDialog
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(
        inviteDialog.getByText(
          t('validation.emailInvalid', { value: 'not-an-email' }),
        ),
      ).toBeVisible()
      await inviteDialog.getByLabel(t('memberDialog.emailLabel')).fill(email)
      await inviteDialog
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(inviteDialog).toBeHidden()
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: t('memberDialog.invited', { email }) }),
      ).toBeVisible()
      await expect(
        page.getByText(t('members.count', { count: large.members + 1 })),
      ).toBeVisible()

      await page
        .getByRole('searchbox', { name: t('members.search.label') })
        .fill(email)
      await expect(table.getByRole('row')).toHaveCount(2)
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: t('members.matches', { count: 1 }) }),
      ).toBeAttached()
      const invited = table.getByRole('row').nth(1)
      const invitedName =
        (await invited.getByRole('rowheader').textContent()) ?? ''
      await invited
        .getByRole('button', {
          name: t('members.removeMember', { name: invitedName }),
        })
        .click()
      const removeDialog = page.getByRole('dialog', {
        name: t('removeMember.title', { name: invitedName }),
      })
      await removeDialog
        .getByRole('button', { name: t('removeMember.confirm'), exact: true })
        .click()
      await expect(removeDialog).toBeHidden()
      // The live region reads the removal, not the refreshed match count.
      await expect(
        page.getByRole('status').filter({
          hasText: t('memberWrites.removed', {
            name: invitedName,
            organization: large.name,
          }),
        }),
      ).toBeVisible()
      await expect(page.getByText(t('members.noMatch'))).toBeVisible()

      const sent = writes(apiCalls)
      expect(sent.map((call) => call.body)).toEqual([
        { role: target },
        { role: 'viewer', email },
        undefined,
      ])
      expect(sent.map((call) => call.method)).toEqual(['PUT', 'PUT', 'DELETE'])
    })
  })
}

test('language choice is kept across reloads', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Language: English' }).click()
  await page.getByRole('menuitemradio', { name: 'Italiano' }).click()

  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
  await expect(
    page.getByRole('heading', { name: 'Accedi ad Aegister' }),
  ).toBeVisible()
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'Accedi ad Aegister' }),
  ).toBeVisible()
  expect(
    await page.evaluate(() => localStorage.getItem('aegister.language')),
  ).toBe('it')

  await page.getByLabel('Token API').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(
    page.getByRole('heading', { name: 'Le tue organizzazioni' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Lingua: Italiano' }).click()
  await page.getByRole('menuitemradio', { name: 'English' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('counts use the language separators', async ({ page }) => {
  // A list that reports more members than it sends shows the reported
  // total, large enough to need a thousands separator.
  await page.route(`**/api/v1/organizations/${large.id}/users`, (route) =>
    route.fulfill({
      json: { error: 0, messages: [], data: [], total: 12345 },
    }),
  )
  await page.goto('/sign-in')
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.goto(`/organizations/${large.id}/members`)
  await expect(page.getByText('12,345 members')).toBeVisible()

  await page.getByRole('button', { name: 'Language: English' }).click()
  await page.getByRole('menuitemradio', { name: 'Italiano' }).click()
  await expect(page.getByText('12.345 membri')).toBeVisible()
})

test.describe('with an Italian browser', () => {
  test.use({ locale: 'it-IT' })

  test('sign-in is in Italian', async ({ page }) => {
    await page.goto('/sign-in')

    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    await expect(
      page.getByRole('heading', { name: 'Accedi ad Aegister' }),
    ).toBeVisible()
    await expect(page.getByLabel('Token API')).toBeVisible()
  })

  test('MUI pagination labels are Italian', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Token API').fill(OWNER_TOKEN)
    await page.getByRole('button', { name: 'Accedi' }).click()
    await page.goto(`/organizations/${large.id}/members`)

    await expect(page.getByText('1–25 di 212')).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Vai alla pagina successiva' }),
    ).toBeEnabled()
  })
})
