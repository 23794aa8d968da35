import { expect, VIEWER_TOKEN } from '../fixtures.ts'
import {
  FIRST_VIEWERS,
  large,
  membersPath,
  openMembers,
  openRowRoleSelect,
  signedIn,
  single,
  type Screen,
  type ScreenContext,
} from './context.ts'
import { memberRow } from '../membersPage.ts'

/** Checks the box of each of `names` in the large organization's table. */
export async function selectMembers(
  context: ScreenContext,
  names: readonly string[],
): Promise<void> {
  const table = await openMembers(context)
  for (const name of names) {
    await memberRow(table, name)
      .getByRole('checkbox', {
        name: context.t('members.selectMember', { name }),
      })
      .check()
  }
  await expect(
    context.page.getByText(
      context.t('selection.count', { count: names.length }),
    ),
  ).toBeVisible()
}

/** The members page in each state it can show, without a dialog open. */
export const MEMBERS_SCREENS: Screen[] = [
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
    reach: async (context) => {
      await openMembers(context)
    },
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
    reach: async (context) => {
      await openMembers(context, { token: VIEWER_TOKEN })
      await expect(
        context.page.getByText(context.t('access.readOnly.viewer')),
      ).toBeVisible()
    },
  },
  {
    name: 'members table, search matches nobody',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto(`${membersPath}?q=nobody-has-this-name`)
      await expect(page.getByText(t('members.noMatch'))).toBeVisible()
      await expect(
        page.getByRole('button', { name: t('members.clearFilters') }),
      ).toBeVisible()
    },
  },
  {
    name: 'members table, search and role filter applied',
    reach: async (context) => {
      const { page, t } = context
      await signedIn(page)
      await page.goto(`${membersPath}?q=ro&role=viewer`)
      await expect(
        page.getByRole('combobox', { name: t('members.roleFilter.label') }),
      ).toHaveText(t('members.roleFilter.viewer'))
      await expect(page.getByText(t('members.noMatch'))).toHaveCount(0)
    },
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
    name: 'members table, role select of a row open',
    reach: async (context) => {
      const { page, t } = context
      const table = await openMembers(context)
      const name = FIRST_VIEWERS[0]
      await openRowRoleSelect(context, table, name)
      await expect(
        page.getByRole('option', { name: t('roles.owner') }),
      ).toBeVisible()
    },
  },
  {
    name: 'members table, two members selected',
    reach: (context) => selectMembers(context, FIRST_VIEWERS),
  },
  {
    name: 'members table, bulk role menu open',
    reach: async (context) => {
      const { page, t } = context
      await selectMembers(context, FIRST_VIEWERS)
      await page
        .getByRole('region', { name: t('selection.label') })
        .getByRole('button', { name: t('selection.changeRole') })
        .click()
      await expect(page.getByRole('menu')).toBeVisible()
    },
  },
  {
    name: 'members table, single owner banner',
    reach: async (context) => {
      await openMembers(context, { organization: single })
      await expect(
        context.page.getByRole('button', {
          name: context.t('ownerGuard.promote'),
        }),
      ).toBeVisible()
    },
  },
]
