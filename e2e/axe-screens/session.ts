import { expect, OWNER_TOKEN } from '../fixtures.ts'
import { large, signedIn, type Screen, type ScreenContext } from './context.ts'

async function submitToken({ page, t }: ScreenContext, token: string) {
  await page.goto('/sign-in')
  await page.getByLabel(t('session.tokenLabel')).fill(token)
  await page.getByRole('button', { name: t('session.submit') }).click()
}

/** The sign-in screen, the organization list and the pages around them. */
export const SESSION_SCREENS: Screen[] = [
  {
    name: 'sign-in, empty',
    reach: async ({ page, t }) => {
      await page.goto('/sign-in')
      await expect(page.getByText(t('session.standInTitle'))).toBeVisible()
    },
  },
  {
    name: 'sign-in, no token entered',
    reach: async ({ page, t }) => {
      await page.goto('/sign-in')
      await page.getByRole('button', { name: t('session.submit') }).click()
      await expect(page.getByText(t('session.tokenRequired'))).toBeVisible()
    },
  },
  {
    name: 'sign-in, token rejected',
    reach: async (context) => {
      await submitToken(context, 'not-a-real-token')
      await expect(
        context.page.getByText(context.t('session.tokenRejected')),
      ).toBeVisible()
    },
  },
  {
    name: 'sign-in, after signing out',
    reach: async (context) => {
      const { page, t } = context
      await submitToken(context, OWNER_TOKEN)
      await page.getByRole('button', { name: t('app.signOut') }).click()
      await expect(page.getByText(t('session.signedOut'))).toBeVisible()
    },
  },
  {
    name: 'sign-in, language menu open',
    reach: async ({ page }) => {
      await page.goto('/sign-in')
      await page.getByRole('button', { name: /^(Language|Lingua):/ }).click()
      await expect(page.getByRole('menu')).toBeVisible()
    },
  },
  {
    name: 'organization list',
    reach: async ({ page }) => {
      await signedIn(page)
      await page.goto('/organizations')
      await expect(
        page.getByRole('link', { name: new RegExp(large.name) }),
      ).toBeVisible()
    },
  },
  {
    name: 'organization list, theme menu open',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto('/organizations')
      await page.getByRole('button', { name: /^(Theme|Tema):/ }).click()
      await expect(
        page.getByRole('menuitemradio', { name: t('app.colorModes.dark') }),
      ).toBeVisible()
    },
  },
  {
    name: 'organization list, failed to load',
    reach: async ({ page, t, fault }) => {
      await fault({
        endpoint: 'listOrganizations',
        kind: 'status',
        status: 500,
      })
      await signedIn(page)
      await page.goto('/organizations')
      await expect(page.getByText(t('organizations.loadFailed'))).toBeVisible()
    },
  },
  {
    name: 'organization picker open',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto('/organizations')
      await page
        .getByRole('combobox', { name: t('organizations.picker.label') })
        .click()
      await expect(
        page.getByRole('option', { name: new RegExp(large.name) }),
      ).toBeVisible()
    },
  },
  {
    name: 'shortcuts dialog open',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto('/organizations')
      await page.getByRole('button', { name: t('app.shortcuts') }).click()
      await expect(
        page.getByRole('dialog', { name: t('shortcuts.title') }),
      ).toBeVisible()
    },
  },
  {
    name: 'page not found',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto('/no-such-page')
      await expect(page.getByText(t('notFound.heading'))).toBeVisible()
    },
  },
]
