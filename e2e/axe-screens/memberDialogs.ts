import { expect } from '../fixtures.ts'
import { findMember, putRole } from '../standInApi.ts'
import {
  chooseRowRole,
  dialogNamed,
  FIRST_VIEWERS,
  large,
  openMembers,
  single,
  type Screen,
  type ScreenContext,
} from './context.ts'
import { memberRow } from '../membersPage.ts'
import { selectMembers } from './members.ts'

const viewer = FIRST_VIEWERS[0]
const VIEWER_EMAIL = 'aiyana@nordavia.it'
const INVITE_LIST = [
  'new.one@example.org, new.two@example.org',
  'not-an-email; new.one@example.org',
  'giulia.rossi@presidiosicurezza.it',
].join('\n')

async function openEditDialog(context: ScreenContext) {
  const { page, t } = context
  const table = await openMembers(context)
  await memberRow(table, viewer)
    .getByRole('button', { name: t('members.editMember', { name: viewer }) })
    .click()
  return dialogNamed(page, t('memberDialog.editTitle'))
}

async function openInviteDialog(context: ScreenContext) {
  const { page, t } = context
  await openMembers(context)
  await page.getByRole('button', { name: t('members.invite') }).click()
  return dialogNamed(page, t('memberDialog.inviteTitle'))
}

async function openRemoveDialog(context: ScreenContext) {
  const { page, t } = context
  const table = await openMembers(context)
  await memberRow(table, viewer)
    .getByRole('button', { name: t('members.removeMember', { name: viewer }) })
    .click()
  return dialogNamed(page, t('removeMember.title', { name: viewer }))
}

/** Makes the first viewer an owner from the row's select, which then requires their email. */
async function openOwnerRoleChange(context: ScreenContext) {
  const { page, t } = context
  const table = await openMembers(context)
  await chooseRowRole(context, table, viewer, 'owner')
  return dialogNamed(page, t('roleChange.title'))
}

async function openBulkRoleReview(context: ScreenContext, role: string) {
  const { page, t } = context
  await selectMembers(context, FIRST_VIEWERS)
  await page
    .getByRole('region', { name: t('selection.label') })
    .getByRole('button', { name: t('selection.changeRole') })
    .click()
  const roleName = t(`roles.${role}`)
  await page
    .getByRole('menuitem', {
      name: t('selection.makeRole', { role: roleName }),
    })
    .click()
  return dialogNamed(
    page,
    t('bulk.roleTitle', { count: FIRST_VIEWERS.length, role: roleName }),
  )
}

async function openPromoteDialog(context: ScreenContext) {
  const { page, t } = context
  await openMembers(context, { organization: single })
  await page.getByRole('button', { name: t('ownerGuard.promote') }).click()
  return dialogNamed(page, t('promote.title'))
}

/** Every dialog that opens from the members page, in each state it can show. */
export const MEMBER_DIALOG_SCREENS: Screen[] = [
  {
    name: 'edit dialog open',
    reach: async (context) => {
      await openEditDialog(context)
    },
  },
  {
    name: 'edit dialog, role menu open',
    reach: async (context) => {
      const { page, t } = context
      const dialog = await openEditDialog(context)
      await dialog
        .getByRole('combobox', { name: t('memberDialog.roleLabel') })
        .click()
      await expect(
        page.getByRole('option', { name: t('roles.owner') }),
      ).toBeVisible()
    },
  },
  {
    name: 'members table, confirmation shown',
    reach: async (context) => {
      const { page, t } = context
      const dialog = await openEditDialog(context)
      // Viewer to security officer needs no typed confirmation.
      await dialog
        .getByRole('combobox', { name: t('memberDialog.roleLabel') })
        .click()
      await page
        .getByRole('option', { name: t('roles.security_officer') })
        .click()
      await dialog.getByRole('button', { name: t('memberDialog.save') }).click()
      // The confirmation's Alert has no role of its own (the live region
      // reads it), so it is found by MUI's class of the Snackbar.
      await expect(page.locator('.MuiSnackbar-root')).toBeVisible()
    },
  },
  {
    name: 'invite dialog open',
    reach: async (context) => {
      await openInviteDialog(context)
    },
  },
  {
    name: 'invite dialog, email missing',
    reach: async (context) => {
      const { page, t } = context
      const dialog = await openInviteDialog(context)
      await dialog
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(page.getByText(t('validation.emailRequired'))).toBeVisible()
    },
  },
  {
    name: 'invite dialog, rejected by the API',
    reach: async (context) => {
      const { page, t } = context
      const dialog = await openInviteDialog(context)
      await dialog
        .getByLabel(t('memberDialog.emailLabel'))
        .fill('giulia.rossi@presidiosicurezza.it')
      await dialog
        .getByRole('button', { name: t('memberDialog.sendInvite') })
        .click()
      await expect(
        page.getByText('a member with this email already exists'),
      ).toBeVisible()
    },
  },
  {
    name: 'invite dialog, several addresses',
    reach: async (context) => {
      const { t } = context
      const dialog = await openInviteDialog(context)
      await dialog.getByLabel(t('memberDialog.emailLabel')).fill(INVITE_LIST)
      await expect(
        dialog
          .getByRole('list', { name: t('bulkInvite.previewLabel') })
          .getByRole('listitem'),
      ).toHaveCount(5)
    },
  },
  {
    name: 'invite dialog, results of several invitations',
    reach: async (context) => {
      const { t } = context
      const dialog = await openInviteDialog(context)
      await dialog.getByLabel(t('memberDialog.emailLabel')).fill(INVITE_LIST)
      await dialog
        .getByRole('button', { name: t('bulkInvite.send', { count: 2 }) })
        .click()
      await expect(
        dialog.getByRole('list', { name: t('bulkInvite.resultsLabel') }),
      ).toBeVisible()
      await expect(
        dialog.getByRole('button', { name: t('bulkInvite.close') }),
      ).toBeVisible()
    },
  },
  {
    name: 'remove dialog open',
    reach: async (context) => {
      await openRemoveDialog(context)
    },
  },
  {
    name: 'remove dialog, removal failed',
    reach: async (context) => {
      const { t, fault } = context
      const dialog = await openRemoveDialog(context)
      await fault({
        endpoint: 'removeMember',
        kind: 'status',
        status: 500,
        times: 1,
      })
      await dialog
        .getByRole('button', { name: t('removeMember.confirm'), exact: true })
        .click()
      await expect(
        dialog.getByText(t('errors.server', { status: 500 })),
      ).toBeVisible()
    },
  },
  {
    name: 'role change, email asked',
    reach: async (context) => {
      const dialog = await openOwnerRoleChange(context)
      await expect(dialog.getByRole('textbox')).toBeVisible()
    },
  },
  {
    name: 'role change, typed email does not match',
    reach: async (context) => {
      const { t } = context
      const dialog = await openOwnerRoleChange(context)
      await dialog.getByRole('textbox').fill('someone.else@example.org')
      await dialog
        .getByRole('button', { name: t('roleChange.confirm') })
        .click()
      await expect(dialog.getByRole('textbox')).toHaveAttribute(
        'aria-invalid',
        'true',
      )
    },
  },
  {
    name: 'role change, member changed meanwhile',
    reach: async (context) => {
      const { page, request, t } = context
      const table = await openMembers(context)
      const { id } = await findMember(request, large.id, VIEWER_EMAIL)
      await putRole(request, large.id, id, 'owner')
      await chooseRowRole(context, table, viewer, 'security_officer')
      const dialog = await dialogNamed(page, t('roleChange.title'))
      await expect(
        dialog.getByRole('button', { name: t('roleChange.confirmAnyway') }),
      ).toBeVisible()
    },
  },
  {
    name: 'promote dialog open',
    reach: async (context) => {
      await openPromoteDialog(context)
    },
  },
  {
    name: 'promote dialog, member list open',
    reach: async (context) => {
      const { page, t } = context
      const dialog = await openPromoteDialog(context)
      await dialog
        .getByRole('combobox', { name: t('promote.memberLabel') })
        .click()
      await expect(page.getByRole('listbox')).toBeVisible()
    },
  },
  {
    name: 'bulk review, owner role asks for the organization name',
    reach: async (context) => {
      const dialog = await openBulkRoleReview(context, 'owner')
      await expect(dialog.getByRole('textbox')).toBeVisible()
    },
  },
  {
    name: 'bulk review, removal',
    reach: async (context) => {
      const { page, t } = context
      await selectMembers(context, FIRST_VIEWERS)
      await page
        .getByRole('region', { name: t('selection.label') })
        .getByRole('button', { name: t('selection.remove') })
        .click()
      await dialogNamed(
        page,
        t('bulk.removeTitle', { count: FIRST_VIEWERS.length }),
      )
    },
  },
  {
    name: 'bulk results',
    reach: async (context) => {
      const { t } = context
      const dialog = await openBulkRoleReview(context, 'security_officer')
      await dialog
        .getByRole('button', {
          name: t('bulk.confirm', { count: FIRST_VIEWERS.length }),
        })
        .click()
      await expect(
        dialog.getByText(
          t('bulk.finished', { done: FIRST_VIEWERS.length, failed: 0 }),
        ),
      ).toBeVisible()
    },
  },
]
