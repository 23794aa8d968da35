// Each screen that calls the API, against each fault the stand-in can inject: the message
// states what failed and what to do next, the page stays up, what the user typed stays, the
// panel sends the expected number of requests (queries retry network failures, timeouts
// and 5xx twice; writes are sent once), and the screen works again once the fault is
// cleared. A new screen or fault is one row of SURFACES or FAULTS.
// POST /organizations/{id}/users/{userid} has no row because the panel never sends it.

import type { Locator, Page } from '@playwright/test'
import {
  expect,
  ORGANIZATIONS,
  OWNER_TOKEN,
  signIn,
  test,
  type ApiCall,
} from './fixtures.ts'
import {
  memberRow,
  membersTable,
  notification,
  openMembers,
  openRemoveDialog,
} from './membersPage.ts'

const ORGANIZATION = ORGANIZATIONS.singleOwner
const MEMBERS_PATH = `/organizations/${ORGANIZATION.id}/members`
const MEMBER_NAME = 'Luca Bernardi'
const MEMBER_EMAIL = 'luca.bernardi@presidiosicurezza.it'
const INVITED_EMAIL = 'new.person@example.org'
/** The production build's request timeout, which the delay rows run past with a fake clock. */
const TIMEOUT_MS = 15_000

interface Surface {
  name: string
  /** The stand-in's name of the endpoint the surface calls. */
  endpoint: string
  /** A query, which retries; otherwise a mutation, sent once. */
  query: boolean
  /** Whether the call changes data, so a failure may leave the change unknown. */
  writes: boolean
  /** Method and path of the request the fault hits. */
  request: { method: string; path: RegExp }
  /** Phrase that names the endpoint in a message about an unreadable response. */
  endpointWords: string
  /** Brings the page to the moment before the call, with the user's input in place. */
  prepare: (page: Page) => Promise<void>
  /** Makes the call that meets the fault. */
  trigger: (page: Page) => Promise<void>
  /** Where the failure is shown. */
  errorAt: (page: Page, fault: Fault) => Locator
  /** Checks that the screen and the user's input survived the failure. */
  expectInputKept: (page: Page, fault: Fault) => Promise<void>
  /** Tries again once the fault is gone, and checks that it worked. */
  retry: (page: Page, fault: Fault) => Promise<void>
}

const table = (page: Page) => membersTable(page, ORGANIZATION.name)
const editDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Edit member' })
const inviteDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Invite member' })
const removeDialog = (page: Page) =>
  page.getByRole('dialog', { name: `Remove ${MEMBER_NAME}?` })

async function openMemberRemoval(page: Page): Promise<void> {
  const dialog = await openRemoveDialog(
    memberRow(table(page), MEMBER_NAME),
    MEMBER_NAME,
  )
  await expect(dialog).toContainText(
    `${MEMBER_NAME} (${MEMBER_EMAIL}) will be removed from ${ORGANIZATION.name}`,
  )
}

const removeButton = (page: Page) =>
  removeDialog(page).getByRole('button', { name: 'Remove', exact: true })
const confirmRemoval = (page: Page) => removeButton(page).click()

/** A 404 to a DELETE means the member is gone already, which the panel treats as done. */
const isNotFound = (fault: Fault) => fault.fault.status === 404

async function chooseRole(page: Page, dialog: Locator, role: string) {
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: role }).click()
}

const SURFACES: Surface[] = [
  {
    name: 'sign-in check',
    endpoint: 'listOrganizations',
    query: false,
    writes: false,
    request: { method: 'GET', path: /^\/api\/v1\/organizations$/ },
    endpointWords: 'the list of organizations',
    prepare: async (page) => {
      await page.goto('/sign-in')
      await page.getByLabel('API token').fill(OWNER_TOKEN)
    },
    trigger: (page) => page.getByRole('button', { name: 'Sign in' }).click(),
    errorAt: (page) => page.getByRole('main'),
    expectInputKept: async (page) => {
      await expect(page.getByLabel('API token')).toHaveValue(OWNER_TOKEN)
    },
    retry: async (page) => {
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(
        page.getByRole('heading', { name: 'Your organizations' }),
      ).toBeVisible()
    },
  },
  {
    name: 'organizations page',
    endpoint: 'listOrganizations',
    query: true,
    writes: false,
    request: { method: 'GET', path: /^\/api\/v1\/organizations$/ },
    endpointWords: 'the list of organizations',
    prepare: (page) => signIn(page),
    // The sign-in check filled the cache, so a reload is what reads the list.
    trigger: async (page) => {
      await page.reload()
    },
    errorAt: (page) =>
      page
        .getByRole('alert')
        .filter({ hasText: 'The organizations could not be loaded.' }),
    expectInputKept: async (page) => {
      await expect(
        page.getByRole('heading', { name: 'Your organizations' }),
      ).toBeVisible()
    },
    retry: async (page) => {
      await page.getByRole('button', { name: 'Retry' }).click()
      await expect(
        page.getByRole('link', { name: new RegExp(ORGANIZATION.name) }),
      ).toBeVisible()
    },
  },
  {
    name: 'members page',
    endpoint: 'listMembers',
    query: true,
    writes: false,
    request: { method: 'GET', path: /^\/api\/v1\/organizations\/1002\/users$/ },
    endpointWords: 'the list of members',
    prepare: (page) => signIn(page),
    trigger: async (page) => {
      await page.goto(MEMBERS_PATH)
    },
    errorAt: (page) => page.getByRole('alert'),
    expectInputKept: async (page) => {
      await expect(
        page.getByRole('heading', { name: ORGANIZATION.name }),
      ).toBeVisible()
      await expect(
        page.getByRole('link', { name: 'All organizations' }),
      ).toBeVisible()
    },
    retry: async (page) => {
      await page.getByRole('button', { name: 'Retry' }).click()
      await expect(table(page)).toBeVisible()
    },
  },
  {
    name: 'edit dialog',
    endpoint: 'updateMember',
    query: false,
    writes: true,
    request: {
      method: 'PUT',
      path: /^\/api\/v1\/organizations\/1002\/users\/[0-9a-f-]{36}$/,
    },
    endpointWords: 'saving a member',
    prepare: async (page) => {
      await openMembers(page, ORGANIZATION)
      await page.getByRole('button', { name: `Edit ${MEMBER_NAME}` }).click()
      await chooseRole(page, editDialog(page), 'Security officer')
    },
    trigger: (page) =>
      editDialog(page).getByRole('button', { name: 'Save' }).click(),
    // The dialog's other alert names the member.
    errorAt: (page) =>
      editDialog(page).getByRole('alert').filter({ hasNotText: MEMBER_NAME }),
    expectInputKept: async (page) => {
      await expect(
        editDialog(page).getByRole('combobox', { name: 'Role' }),
      ).toHaveText('Security officer')
    },
    retry: async (page) => {
      await editDialog(page).getByRole('button', { name: 'Save' }).click()
      await expect(editDialog(page)).toBeHidden()
      await expect(
        notification(
          page,
          `Role changed to Security officer for ${MEMBER_NAME}`,
        ),
      ).toBeVisible()
    },
  },
  {
    name: 'invite dialog',
    endpoint: 'updateMember',
    query: false,
    writes: true,
    request: {
      method: 'PUT',
      path: /^\/api\/v1\/organizations\/1002\/users\/0$/,
    },
    endpointWords: 'saving a member',
    prepare: async (page) => {
      await openMembers(page, ORGANIZATION)
      await page.getByRole('button', { name: 'Invite member' }).click()
      await inviteDialog(page).getByLabel('Email').fill(INVITED_EMAIL)
      await chooseRole(page, inviteDialog(page), 'Owner')
    },
    trigger: (page) =>
      inviteDialog(page).getByRole('button', { name: 'Send invite' }).click(),
    errorAt: (page) => inviteDialog(page).getByRole('alert'),
    expectInputKept: async (page) => {
      const dialog = inviteDialog(page)
      await expect(dialog.getByLabel('Email')).toHaveValue(INVITED_EMAIL)
      await expect(dialog.getByRole('combobox', { name: 'Role' })).toHaveText(
        'Owner',
      )
    },
    retry: async (page) => {
      await inviteDialog(page)
        .getByRole('button', { name: 'Send invite' })
        .click()
      await expect(inviteDialog(page)).toBeHidden()
      await expect(
        notification(page, `Invitation sent to ${INVITED_EMAIL}`),
      ).toBeVisible()
    },
  },
  {
    name: 'remove dialog',
    endpoint: 'removeMember',
    query: false,
    writes: true,
    request: {
      method: 'DELETE',
      path: /^\/api\/v1\/organizations\/1002\/users\/[0-9a-f-]{36}$/,
    },
    endpointWords: 'removing a member',
    prepare: async (page) => {
      await openMembers(page, ORGANIZATION)
      await openMemberRemoval(page)
    },
    // The panel sends the DELETE only after its fresh read of the members
    // succeeded, so a DELETE counted below shows that the read passed.
    trigger: confirmRemoval,
    errorAt: (page, fault) =>
      isNotFound(fault)
        ? notification(page, `${MEMBER_NAME} had already been removed`)
        : removeDialog(page).getByRole('alert'),
    expectInputKept: async (page, fault) => {
      if (isNotFound(fault)) {
        await expect(removeDialog(page)).toBeHidden()
        await expect(table(page)).toBeVisible()
        return
      }
      await expect(removeDialog(page)).toContainText(
        `${MEMBER_NAME} (${MEMBER_EMAIL}) will be removed`,
      )
      await expect(removeButton(page)).toBeEnabled()
    },
    retry: async (page, fault) => {
      // The 404 closed the dialog. The stand-in sent it without removing the
      // member, so the refreshed list still has them.
      if (isNotFound(fault)) await openMemberRemoval(page)
      await confirmRemoval(page)
      await expect(removeDialog(page)).toBeHidden()
      await expect(
        notification(
          page,
          `${MEMBER_NAME} was removed from ${ORGANIZATION.name}`,
        ),
      ).toBeVisible()
      await expect(memberRow(table(page), MEMBER_NAME)).toHaveCount(0)
    },
  },
]

interface Fault {
  name: string
  fault: Record<string, unknown>
  /** Whether a query meeting it is tried three times in all. */
  retried: boolean
  /** Text the message on the surface must contain. */
  shown: (surface: Surface) => RegExp
  /** A 401 signs the user out instead of showing the error in place. */
  signsOut?: boolean
}

const FAULTS: Fault[] = [
  {
    name: '400 with string messages',
    fault: {
      kind: 'status',
      status: 400,
      messages: ['Invalid data provided', 'The request could not be processed'],
    },
    retried: false,
    shown: (surface) =>
      new RegExp(
        `rejected the ${surface.writes ? 'data' : 'request'}.*Details: Invalid data provided; The request could not be processed`,
      ),
  },
  {
    name: '401 with a numeric message',
    fault: { kind: 'status', status: 401, messages: [9153] },
    retried: false,
    shown: () => /The API token was rejected/,
    signsOut: true,
  },
  {
    name: '403',
    fault: { kind: 'status', status: 403, messages: [] },
    retried: false,
    shown: (surface) =>
      surface.writes
        ? /not allowed to do this\. Only an owner .* ask an owner/
        : /not allowed to see this\. Sign in with the token/,
  },
  {
    name: '404',
    fault: { kind: 'status', status: 404, messages: [] },
    retried: false,
    shown: (surface) => {
      if (surface.name === 'edit dialog')
        return /no longer in the organization\. The list has been refreshed/
      if (surface.name === 'remove dialog')
        return /had already been removed from .*, so the list has been refreshed/
      return /Not found: .*Go back to your organizations/
    },
  },
  {
    name: '500 with an empty body',
    fault: { kind: 'status', status: 500, body: '' },
    retried: true,
    shown: () => /The Aegister API failed \(HTTP 500\)\. Try again in a moment/,
  },
  {
    name: '502 with an HTML body',
    fault: {
      kind: 'status',
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      contentType: 'text/html',
    },
    retried: true,
    shown: () => /The Aegister API failed \(HTTP 502\)\. Try again in a moment/,
  },
  {
    name: '200 with error 1',
    fault: { kind: 'envelopeError', messages: ['Quota exceeded', 4711] },
    retried: false,
    shown: () =>
      /reported an error\. Try again.*Details: Quota exceeded; error code 4711/,
  },
  {
    name: 'a delay beyond the timeout',
    // Long enough in real time that only the page's fake clock ends it.
    fault: { kind: 'delay', ms: 20_000 },
    retried: true,
    shown: (surface) =>
      !surface.writes
        ? /did not answer within the time limit of 15 s\. Try again/
        : /did not answer within the time limit of 15 s, so the change may or may not have been made/,
  },
  {
    name: 'a dropped connection',
    fault: { kind: 'drop' },
    retried: true,
    shown: (surface) =>
      !surface.writes
        ? /Could not reach the Aegister API\. Check your connection/
        : /Could not reach the Aegister API, or the connection broke .* may or may not have been made/,
  },
  {
    name: 'a body that is not JSON',
    fault: { kind: 'notJson' },
    retried: false,
    shown: (surface) =>
      new RegExp(
        `does not understand, for ${surface.endpointWords}\\. Try again`,
      ),
  },
  {
    name: 'JSON of the wrong shape',
    fault: { kind: 'wrongShape' },
    retried: false,
    shown: (surface) =>
      new RegExp(
        `does not understand, for ${surface.endpointWords}\\. Try again`,
      ),
  },
]

function matching(calls: ApiCall[], surface: Surface): ApiCall[] {
  return calls.filter(
    (call) =>
      call.method === surface.request.method &&
      surface.request.path.test(call.path),
  )
}

/** Number of requests the panel sends for one user action that meets the fault. */
function expectedRequests(surface: Surface, fault: Fault): number {
  return surface.query && fault.retried ? 3 : 1
}

/**
 * Runs each try of a delayed request past the timeout: waits until the
 * panel has sent try `n`, then moves the page's clock past the limit.
 */
async function runPastTimeouts(
  page: Page,
  sentSoFar: () => number,
  tries: number,
): Promise<void> {
  for (let sent = 1; sent <= tries; sent++) {
    await expect.poll(sentSoFar).toBe(sent)
    await page.clock.fastForward(TIMEOUT_MS + 1)
  }
}

/** Signs in again after a 401 and checks the panel returned to the same screen. */
async function signInAgain(page: Page, surface: Surface): Promise<void> {
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (
    surface.name === 'organizations page' ||
    surface.name === 'sign-in check'
  ) {
    await expect(
      page.getByRole('heading', { name: 'Your organizations' }),
    ).toBeVisible()
  } else {
    await expect(page).toHaveURL(MEMBERS_PATH)
    await expect(table(page)).toBeVisible()
  }
}

const MATRIX = SURFACES.flatMap((surface) =>
  FAULTS.map((fault) => ({ surface, fault })),
)

test('matrix covers every surface and fault', () => {
  expect(MATRIX).toHaveLength(SURFACES.length * FAULTS.length)
})

for (const { surface, fault } of MATRIX) {
  test(`${surface.name} with ${fault.name}`, async ({
    page,
    apiCalls,
    fault: addFault,
    request,
  }) => {
    const delayed = fault.fault.kind === 'delay'
    if (delayed) await page.clock.install()
    await surface.prepare(page)
    await addFault({ ...fault.fault, endpoint: surface.endpoint })
    const before = apiCalls.length

    await surface.trigger(page)
    const tries = expectedRequests(surface, fault)
    if (delayed) {
      const sentSoFar = () => matching(apiCalls.slice(before), surface).length
      await runPastTimeouts(page, sentSoFar, tries)
    }

    if (fault.signsOut && surface.name !== 'sign-in check') {
      await expect(page).toHaveURL(/\/sign-in/)
      await expect(
        page.getByText(
          'The API token was rejected, so you were signed out. Sign in again with a valid token.',
        ),
      ).toBeVisible()
      // One request met the 401, and nothing more is sent: no loop.
      const signedOutAt = apiCalls.length
      await page.waitForTimeout(1000)
      expect(matching(apiCalls.slice(before), surface)).toHaveLength(1)
      expect(apiCalls.slice(signedOutAt)).toEqual([])
      const stored = await page.evaluate(() => [
        sessionStorage.getItem('aegister.token'),
        localStorage.getItem('aegister.token'),
      ])
      expect(stored).toEqual([null, null])
      await request.delete('/__stand-in/faults')
      await signInAgain(page, surface)
      return
    }

    if (fault.signsOut) {
      await expect(
        page.getByText('The API token was rejected. Check that you pasted'),
      ).toBeVisible()
    } else {
      await expect(surface.errorAt(page, fault)).toContainText(
        fault.shown(surface),
      )
    }
    await surface.expectInputKept(page, fault)
    // No further tries after the message: the count is final.
    await page.waitForTimeout(250)
    expect(matching(apiCalls.slice(before), surface)).toHaveLength(tries)

    await request.delete('/__stand-in/faults')
    const beforeRetry = apiCalls.length
    await surface.retry(page, fault)
    expect(matching(apiCalls.slice(beforeRetry), surface)).toHaveLength(1)
  })
}
