import type { Page } from '@playwright/test'
import type { TFunction } from 'i18next'
import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  test,
  VIEWER_TOKEN,
} from './fixtures.ts'
import { expectNoAxeViolations } from './axe.ts'
import { LANGUAGES, translator } from './i18n.ts'

const large = ORGANIZATIONS.large
const membersPath = `/organizations/${large.id}/members`

interface ScreenContext {
  page: Page
  t: TFunction
  fault: (fault: Record<string, unknown>) => Promise<void>
}

interface Screen {
  name: string
  /** Brings the page to the screen and state to scan, and waits until it shows. */
  reach: (context: ScreenContext) => Promise<void>
}

/**
 * Stores a token the way the sign-in screen does, so a screen behind it
 * opens directly. The sign-in itself is scanned in its own rows.
 */
async function signedIn(page: Page, token = OWNER_TOKEN): Promise<void> {
  await page.addInitScript((value) => {
    sessionStorage.setItem('aegister.token', value)
  }, token)
}

async function openMembers({ page, t }: ScreenContext, token = OWNER_TOKEN) {
  await signedIn(page, token)
  await page.goto(membersPath)
  await expect(
    page.getByRole('table', {
      name: t('members.tableLabel', { organization: large.name }),
    }),
  ).toBeVisible()
}

async function openEditDialog(context: ScreenContext) {
  const { page, t } = context
  await openMembers(context)
  const firstRow = page.getByRole('table').getByRole('row').nth(1)
  const name = (await firstRow.getByRole('rowheader').textContent()) ?? ''
  await firstRow
    .getByRole('button', { name: t('members.editMember', { name }) })
    .click()
  await expect(
    page.getByRole('dialog', { name: t('memberDialog.editTitle') }),
  ).toBeVisible()
}

async function openInviteDialog(context: ScreenContext) {
  const { page, t } = context
  await openMembers(context)
  await page.getByRole('button', { name: t('members.invite') }).click()
  await expect(
    page.getByRole('dialog', { name: t('memberDialog.inviteTitle') }),
  ).toBeVisible()
}

async function submitToken({ page, t }: ScreenContext, token: string) {
  await page.goto('/sign-in')
  await page.getByLabel(t('session.tokenLabel')).fill(token)
  await page.getByRole('button', { name: t('session.submit') }).click()
}

/**
 * Every screen and state of the panel. A new screen, dialog or menu gets
 * one row here, and is then scanned in both languages and both themes.
 */
const SCREENS: Screen[] = [
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
    name: 'members table, loading',
    reach: async ({ page, t, fault }) => {
      await fault({ endpoint: 'listMembers', kind: 'delay', ms: 10_000 })
      await signedIn(page)
      await page.goto(membersPath)
      await expect(
        page.getByRole('status', { name: t('members.loading') }),
      ).toBeVisible()
    },
  },
  {
    name: 'members table, loaded',
    reach: (context) => openMembers(context),
  },
  {
    name: 'members table, empty',
    reach: async ({ page, t }) => {
      // An organization the caller belongs to always lists the caller, so
      // the empty list comes from the test, not from the stand-in.
      await page.route(`**/api/v1/organizations/${large.id}/users`, (route) =>
        route.fulfill({ json: { error: 0, messages: [], data: [], total: 0 } }),
      )
      await signedIn(page)
      await page.goto(membersPath)
      await expect(page.getByText(t('members.empty'))).toBeVisible()
    },
  },
  {
    name: 'members table, failed to load',
    reach: async ({ page, t, fault }) => {
      await fault({ endpoint: 'listMembers', kind: 'status', status: 500 })
      await signedIn(page)
      await page.goto(membersPath)
      await expect(page.getByText(t('members.loadFailed'))).toBeVisible()
    },
  },
  {
    name: 'members table, viewer token',
    reach: (context) => openMembers(context, VIEWER_TOKEN),
  },
  {
    name: 'members table, rows-per-page menu open',
    reach: async (context) => {
      const { page, t } = context
      await openMembers(context)
      await page
        .getByRole('combobox', { name: t('members.rowsPerPage') })
        .click()
      await expect(page.getByRole('listbox')).toBeVisible()
    },
  },
  {
    name: 'members table, confirmation shown',
    reach: async (context) => {
      const { page, t } = context
      await openEditDialog(context)
      // Saving an unchanged role closes the dialog without a write, so the
      // role changes, between two roles that ask for no typed confirmation.
      const role = page.getByRole('combobox', {
        name: t('memberDialog.roleLabel'),
      })
      const current = (await role.textContent()) ?? ''
      expect(current, 'role of the first member').not.toBe(t('roles.owner'))
      const target =
        current === t('roles.viewer') ? 'security_officer' : 'viewer'
      await role.click()
      await page.getByRole('option', { name: t(`roles.${target}`) }).click()
      await page.getByRole('button', { name: t('memberDialog.save') }).click()
      // The confirmation's Alert has no role of its own (the live region
      // reads it), so it is found by MUI's class of the Snackbar.
      await expect(page.locator('.MuiSnackbar-root')).toBeVisible()
    },
  },
  {
    name: 'edit dialog open',
    reach: (context) => openEditDialog(context),
  },
  {
    name: 'edit dialog, role menu open',
    reach: async (context) => {
      const { page, t } = context
      await openEditDialog(context)
      await page
        .getByRole('combobox', { name: t('memberDialog.roleLabel') })
        .click()
      await expect(
        page.getByRole('option', { name: t('roles.owner') }),
      ).toBeVisible()
    },
  },
  {
    name: 'invite dialog open',
    reach: (context) => openInviteDialog(context),
  },
  {
    name: 'invite dialog, email missing',
    reach: async (context) => {
      const { page, t } = context
      await openInviteDialog(context)
      await page
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(page.getByText(t('validation.emailRequired'))).toBeVisible()
    },
  },
  {
    name: 'invite dialog, rejected by the API',
    reach: async (context) => {
      const { page, t } = context
      await openInviteDialog(context)
      await page
        .getByLabel(t('memberDialog.emailLabel'))
        .fill('giulia.rossi@presidiosicurezza.it')
      await page
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(
        page.getByText('a member with this email already exists'),
      ).toBeVisible()
    },
  },
  {
    name: 'shortcuts dialog open',
    reach: async (context) => {
      const { page, t } = context
      await openMembers(context)
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

for (const { language, locale } of LANGUAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme })
      const t = translator(language)

      for (const screen of SCREENS) {
        test(screen.name, async ({ page, fault }, testInfo) => {
          await screen.reach({ page, t, fault })
          await expectNoAxeViolations(page, testInfo)
        })
      }
    })
  }
}
