import type { APIRequestContext, Locator, Page } from '@playwright/test'
import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  signIn,
  test,
  writes,
  type ApiCall,
} from './fixtures.ts'
import { chooseOption, countPointerPresses, tabTo } from './keyboard.ts'
import {
  membersTable as organizationTable,
  notification,
  openMembers,
} from './membersPage.ts'
import { readMembers } from './standInApi.ts'

const large = ORGANIZATIONS.large
const membersPath = `/organizations/${large.id}/members`
const ROLE_NAMES = ['Viewer', 'Security officer', 'Owner'] as const

interface Walk {
  page: Page
  apiCalls: ApiCall[]
  request: APIRequestContext
}

const membersTable = (page: Page) => organizationTable(page, large.name)

function firstEditButton(page: Page) {
  return membersTable(page)
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Edit / })
}

/** The role select in a row of the owner's table, named "Role of <name>". */
function roleSelect(row: Locator) {
  return row.getByRole('combobox', { name: /^Role of / })
}

/**
 * Picks `role` in the dialog's Role select, which must have the focus,
 * types the confirmation when the dialog asks for one, then tabs to the
 * button named `submit` and presses it.
 */
async function chooseRoleAndSubmit(
  page: Page,
  dialog: Locator,
  role: (typeof ROLE_NAMES)[number],
  submit: string,
) {
  const select = dialog.getByRole('combobox', { name: 'Role' })
  await expect(select).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await chooseOption(page, ROLE_NAMES, role)
  await expect(select).toHaveText(role)
  // Granting or taking away the owner role asks for the member's email.
  const typed = dialog.getByRole('textbox', { name: /^Type .+ to confirm$/ })
  if ((await typed.count()) > 0) {
    const email = await dialog.getByLabel('Email').inputValue()
    await tabTo(page, typed)
    await page.keyboard.type(email)
  }
  await tabTo(page, dialog.getByRole('button', { name: submit }))
  await page.keyboard.press('Enter')
}

/**
 * The keyboard walk through the panel, one step per task. A new task is
 * one more entry, run after the ones it needs.
 */
const STEPS: { name: string; run: (walk: Walk) => Promise<void> }[] = [
  {
    name: 'sign in',
    run: async ({ page }) => {
      await page.goto('/sign-in')
      await expect(page.getByLabel('API token')).toBeFocused()
      await page.keyboard.type(OWNER_TOKEN)
      await page.keyboard.press('Enter')
      await expect(
        page.getByRole('heading', { name: 'Your organizations' }),
      ).toBeVisible()
    },
  },
  {
    name: 'pick an organization',
    run: async ({ page }) => {
      await tabTo(
        page,
        page.getByRole('link', { name: new RegExp(large.name) }),
      )
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(membersPath)
      await expect(membersTable(page).getByRole('row')).toHaveCount(26)
    },
  },
  {
    name: 'search',
    run: async ({ page, request }) => {
      const query = 'lindqvist'
      const expected = (await readMembers(request, large.id)).filter((member) =>
        `${member.first_name} ${member.last_name} ${member.email} ${member.username}`
          .toLowerCase()
          .includes(query),
      ).length
      expect(expected, 'members the query matches').toBeGreaterThan(1)
      const search = page.getByRole('searchbox', { name: 'Search members' })

      await tabTo(page, search)
      await page.keyboard.type(query)
      await expect(search).toHaveValue(query)
      await expect(page).toHaveURL(new RegExp(`q=${query}`))
      await expect(membersTable(page).getByRole('row')).toHaveCount(
        expected + 1,
      )
      await expect(
        notification(page, `${expected} members match`),
      ).toBeAttached()

      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.press('Backspace')
      await expect(page).not.toHaveURL(/q=/)
      await expect(membersTable(page).getByRole('row')).toHaveCount(26)
    },
  },
  {
    name: 'sort by name',
    run: async ({ page }) => {
      const table = membersTable(page)
      await tabTo(
        page,
        table.getByRole('button', { name: 'Name', exact: true }),
      )
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/sort=-name/)
      // Exact, because "Name" is also part of the Username header.
      await expect(
        table.getByRole('columnheader', { name: 'Name', exact: true }),
      ).toHaveAttribute('aria-sort', 'descending')
      // The rows follow the header in a background render, which marks
      // the body busy until the sorted rows show.
      await expect(table.locator('tbody[aria-busy]')).toHaveCount(0)
    },
  },
  {
    name: 'edit a role',
    run: async ({ page, apiCalls }) => {
      const row = membersTable(page).getByRole('row').nth(1)
      const name = (await row.getByRole('rowheader').textContent()) ?? ''
      const current = (await roleSelect(row).textContent()) ?? ''
      const target = current === 'Owner' ? 'Security officer' : 'Owner'
      const edit = firstEditButton(page)
      const before = writes(apiCalls).length

      await tabTo(page, edit)
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Edit member' })
      await chooseRoleAndSubmit(page, dialog, target, 'Save')

      await expect(dialog).toBeHidden()
      await expect(
        notification(page, `Role changed to ${target} for ${name}`),
      ).toBeAttached()
      await expect(edit).toBeFocused()
      await expect(roleSelect(row)).toHaveText(target)
      expect(writes(apiCalls).slice(before)).toHaveLength(1)
    },
  },
  {
    name: 'invite a member',
    run: async ({ page, apiCalls }) => {
      const invite = page.getByRole('button', { name: 'Invite member' })
      const email = 'keyboard.only@example.org'

      await tabTo(page, invite, { backwards: true })
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Invite member' })
      await expect(dialog.getByLabel('Email')).toBeFocused()
      await page.keyboard.type(email)
      await page.keyboard.press('Tab')
      await chooseRoleAndSubmit(page, dialog, 'Security officer', 'Send invite')

      await expect(dialog).toBeHidden()
      await expect(
        notification(page, `Invitation sent to ${email}`),
      ).toBeAttached()
      await expect(invite).toBeFocused()
      await expect(page.getByText(`${large.members + 1} members`)).toBeVisible()
      expect(writes(apiCalls).at(-1)?.body).toEqual({
        role: 'security_officer',
        email,
      })
    },
  },
  {
    name: 'cancel both dialogs',
    run: async ({ page, apiCalls }) => {
      const before = writes(apiCalls).length
      const invite = page.getByRole('button', { name: 'Invite member' })
      await expect(invite).toBeFocused()
      await page.keyboard.press('Enter')
      const inviteDialog = page.getByRole('dialog', { name: 'Invite member' })
      await expect(inviteDialog.getByLabel('Email')).toBeFocused()
      await page.keyboard.type('never.sent@example.org')
      await page.keyboard.press('Escape')
      await expect(inviteDialog).toBeHidden()
      await expect(invite).toBeFocused()

      const edit = firstEditButton(page)
      await tabTo(page, edit)
      await page.keyboard.press('Enter')
      const editDialog = page.getByRole('dialog', { name: 'Edit member' })
      await tabTo(page, editDialog.getByRole('button', { name: 'Cancel' }))
      await page.keyboard.press('Enter')
      await expect(editDialog).toBeHidden()
      await expect(edit).toBeFocused()
      expect(writes(apiCalls).slice(before)).toEqual([])
    },
  },
  {
    name: 'remove a member',
    run: async ({ page, apiCalls }) => {
      const row = membersTable(page).getByRole('row').nth(2)
      const name = (await row.getByRole('rowheader').textContent()) ?? ''
      const before = writes(apiCalls).length

      await tabTo(page, row.getByRole('button', { name: `Remove ${name}` }))
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: `Remove ${name}?` })
      await expect(dialog).toBeVisible()
      await tabTo(
        page,
        dialog.getByRole('button', { name: 'Remove', exact: true }),
      )
      await page.keyboard.press('Enter')

      await expect(dialog).toBeHidden()
      await expect(
        notification(page, `${name} was removed from ${large.name}`),
      ).toBeAttached()
      await expect(
        membersTable(page).getByRole('rowheader', { name, exact: true }),
      ).toHaveCount(0)
      // The opener left with its row, so the focus stays in the page.
      await expect(page.getByRole('main')).toBeFocused()
      await expect(page.getByText(`${large.members} members`)).toBeVisible()
      const sent = writes(apiCalls).slice(before)
      expect(sent.map(({ method }) => method)).toEqual(['DELETE'])
    },
  },
]

test('keyboard alone does every task', async ({ page, apiCalls, request }) => {
  const pointerPresses = await countPointerPresses(page)

  for (const step of STEPS) {
    await test.step(step.name, () => step.run({ page, apiCalls, request }))
  }

  expect(await pointerPresses()).toBe(0)
})

test('skip link moves the focus to the content', async ({ page }) => {
  await openMembers(page, large)

  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page).toHaveURL(membersPath)
  await page.keyboard.press('Tab')
  await expect(
    page.getByRole('link', { name: 'All organizations' }),
  ).toBeFocused()
})

test('shortcut i opens the invite dialog', async ({ page }) => {
  await openMembers(page, large)

  await page.keyboard.press('i')
  const dialog = page.getByRole('dialog', { name: 'Invite member' })
  await expect(dialog.getByLabel('Email')).toBeFocused()
  // Inside the dialog the key is text, and a second dialog never opens.
  await page.keyboard.type('ii?/')
  await expect(dialog.getByLabel('Email')).toHaveValue('ii?/')
  await expect(page.getByRole('dialog')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('shortcuts wait while a menu is open', async ({ page }) => {
  await openMembers(page, large)

  const rowsPerPage = page.getByRole('combobox', { name: 'Rows per page' })
  // The pager follows the table's 25 rows of four controls each, so it is
  // nearer from the end of the page.
  await tabTo(page, rowsPerPage, { backwards: true })
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('i')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(rowsPerPage).toBeFocused()
})

test('shortcut ? lists the shortcuts', async ({ page }) => {
  await signIn(page)

  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const key of ['/', 'i', '?']) {
    await expect(dialog.getByRole('rowheader', { name: key })).toBeVisible()
  }
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Opened from its button, the list gives the focus back to it.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' })
  await tabTo(page, button)
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('shortcut / focuses the search box and selects its text', async ({
  page,
}) => {
  await signIn(page)
  await page.goto(`${membersPath}?q=earlier`)
  const search = page.getByRole('searchbox', { name: 'Search members' })
  await expect(search).toHaveValue('earlier')
  await expect(search).not.toBeFocused()

  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  // The whole earlier text is selected, and the slash is not typed.
  await page.keyboard.type('rossi')
  await expect(search).toHaveValue('rossi')
  await expect(page).toHaveURL(/q=rossi/)
})

test('shortcut / is text inside the search box', async ({ page }) => {
  await signIn(page)
  await page.goto(membersPath)
  const search = page.getByRole('searchbox', { name: 'Search members' })
  await expect(search).toBeVisible()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()

  await page.keyboard.type('a/b')
  await expect(search).toHaveValue('a/b')
})

test('focus stays in the page when the edited row moves away', async ({
  page,
}) => {
  // Sorted by role, a member made owner moves to the last page.
  await openMembers(page, large, { search: '?sort=role' })
  const row = membersTable(page).getByRole('row').nth(1)
  const name = (await row.getByRole('rowheader').textContent()) ?? ''
  await tabTo(page, firstEditButton(page))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await chooseRoleAndSubmit(page, dialog, 'Owner', 'Save')

  await expect(dialog).toBeHidden()
  await expect(membersTable(page).getByRole('rowheader', { name })).toHaveCount(
    0,
  )
  await expect(page.getByRole('main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(
    page.getByRole('link', { name: 'All organizations' }),
  ).toBeFocused()
})
