import type { Page } from '@playwright/test'
import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  test,
  writes,
  type ApiCall,
} from './fixtures.ts'
import { openMembers } from './membersPage.ts'

const large = ORGANIZATIONS.large
const invitePath = `/api/v1/organizations/${large.id}/users/0`

async function openInvite(page: Page) {
  await openMembers(page, large)
  await expect(page.getByText(`${large.members} members`)).toBeVisible()
  await page.getByRole('button', { name: 'Invite member' }).click()
  return page.getByRole('dialog', { name: 'Invite member' })
}

/** Returns the invited addresses of the PUTs, sorted, since they run concurrently. */
function invitedEmails(calls: ApiCall[]): string[] {
  return writes(calls)
    .map((call) => (call.body as { email: string }).email)
    .sort()
}

test('bulk invite sends one PUT per new address', async ({
  page,
  apiCalls,
}) => {
  const dialog = await openInvite(page)
  await dialog
    .getByLabel('Email')
    .fill(
      [
        'new.one@example.org, New.Two@example.org',
        'new.one@EXAMPLE.org; not-an-email',
        'Paola <paola.monti@nordavia.it> "Bianchi, Marco" <marco.bianchi@example.it>',
      ].join('\n'),
    )

  const preview = dialog.getByRole('list', { name: 'Addresses to invite' })
  const items = preview.getByRole('listitem')
  await expect(items).toHaveCount(6)
  const expected = [
    ['new.one@example.org', 'New'],
    ['New.Two@example.org', 'New'],
    ['new.one@EXAMPLE.org', 'Duplicate'],
    ['not-an-email', 'Invalid'],
    ['Paola <paola.monti@nordavia.it>', 'Already a member'],
    ['"Bianchi, Marco" <marco.bianchi@example.it>', 'New'],
  ]
  for (const [index, [text, status]] of expected.entries()) {
    await expect(items.nth(index)).toContainText(text ?? '')
    await expect(items.nth(index)).toContainText(status ?? '')
  }
  await expect(items.nth(2)).toContainText('Repeats “new.one@example.org”')
  await expect(
    dialog.getByText(
      '6 addresses: 3 new, 1 invalid, 1 repeated, 1 already in the organization',
    ),
  ).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  const before = apiCalls.length

  await dialog.getByRole('button', { name: 'Send 3 invites' }).click()

  await expect(
    dialog.getByText(
      'Invited with the role Security officer: 3 sent, 0 failed, 3 skipped.',
    ),
  ).toBeVisible()
  const results = dialog.getByRole('list', { name: 'Invitation results' })
  await expect(results.getByText('Sent', { exact: true })).toHaveCount(3)
  await expect(results.getByText('Skipped', { exact: true })).toHaveCount(3)
  await expect(
    results.getByText('Already a member of this organization.'),
  ).toBeVisible()

  const sent = apiCalls.slice(before)
  // The member list is read again right before the first invitation.
  expect(sent[0]?.method).toBe('GET')
  expect(sent[0]?.path).toBe(`/api/v1/organizations/${large.id}/users`)
  const puts = writes(sent)
  expect(puts).toHaveLength(3)
  for (const call of puts) {
    expect(call.method).toBe('PUT')
    expect(call.path).toBe(invitePath)
    expect(call.token).toBe(OWNER_TOKEN)
    expect(Object.keys(call.body as object).sort()).toEqual(['email', 'role'])
    expect((call.body as { role: string }).role).toBe('security_officer')
  }
  expect(invitedEmails(sent)).toEqual([
    'New.Two@example.org',
    'marco.bianchi@example.it',
    'new.one@example.org',
  ])

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`${large.members + 3} members`)).toBeVisible()
})

test('bulk invite skips who joined after the list loaded', async ({
  page,
  apiCalls,
  request,
}) => {
  const dialog = await openInvite(page)
  await dialog.getByLabel('Email').fill('late.joiner@example.org other@x.it')
  await expect(dialog.getByRole('listitem')).toHaveCount(2)
  // Someone else invites one of the addresses meanwhile.
  const elsewhere = await request.put(invitePath, {
    headers: { 'X-Aegister-Token': OWNER_TOKEN },
    data: { role: 'viewer', email: 'Late.Joiner@example.org' },
  })
  expect(elsewhere.status()).toBe(200)
  const before = apiCalls.length

  await dialog.getByRole('button', { name: 'Send 2 invites' }).click()

  await expect(dialog.getByText('1 sent, 0 failed, 1 skipped')).toBeVisible()
  expect(invitedEmails(apiCalls.slice(before))).toEqual(['other@x.it'])
})

test('Retry failed resends only the failures', async ({
  page,
  apiCalls,
  fault,
}) => {
  const addresses = ['r1@example.org', 'r2@example.org', 'r3@example.org']
  const dialog = await openInvite(page)
  await dialog.getByLabel('Email').fill(addresses.join('\n'))
  await fault({
    endpoint: 'updateMember',
    kind: 'status',
    status: 503,
    times: 1,
  })
  const before = apiCalls.length

  await dialog.getByRole('button', { name: 'Send 3 invites' }).click()

  await expect(dialog.getByText('2 sent, 1 failed, 0 skipped')).toBeVisible()
  const results = dialog.getByRole('list', { name: 'Invitation results' })
  const failedRow = results.getByRole('listitem').filter({ hasText: 'Failed' })
  await expect(failedRow).toContainText(
    'The Aegister API failed (HTTP 503). Try again in a moment.',
  )
  const failedText = (await failedRow.textContent()) ?? ''
  const failedAddress = addresses.find((address) =>
    failedText.includes(address),
  )
  expect(failedAddress).toBeDefined()
  const firstRound = writes(apiCalls.slice(before))
  expect(firstRound).toHaveLength(3)
  expect(invitedEmails(firstRound)).toEqual(addresses)

  const retryFrom = apiCalls.length
  await dialog.getByRole('button', { name: 'Retry failed' }).click()

  await expect(dialog.getByText('3 sent, 0 failed, 0 skipped')).toBeVisible()
  await expect(
    dialog.getByRole('button', { name: 'Retry failed' }),
  ).toBeHidden()
  const retried = writes(apiCalls.slice(retryFrom))
  expect(retried).toHaveLength(1)
  expect(retried[0]?.path).toBe(invitePath)
  expect(retried[0]?.body).toEqual({ role: 'viewer', email: failedAddress })
})

test('more than 50 addresses are kept with a message', async ({
  page,
  apiCalls,
}) => {
  const dialog = await openInvite(page)
  const text = Array.from({ length: 53 }, (_, i) => `p${i}@x.it`).join(', ')
  await dialog.getByLabel('Email').fill(text)

  await expect(
    dialog.getByText(
      'You entered 53 addresses, but one invitation can list at most 50. Remove 3 of them and invite those afterwards.',
    ),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Send 53 invites' }).click()

  await expect(dialog.getByLabel('Email')).toHaveValue(text)
  await expect(
    dialog.getByRole('list', { name: 'Addresses to invite' }),
  ).toBeVisible()
  expect(writes(apiCalls)).toEqual([])
})
