import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_ORIGIN } from '../../test/render'
import { setupMockServer } from '../../test/server'
import { renderInviteDialog } from './dialogTestSupport'

const server = setupMockServer()
const listUrl = `${TEST_ORIGIN}/api/v1/organizations/7/users`

const existing = {
  id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  username: 'ada@example.com',
  email: 'Ada@Example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  role: 'owner',
}

/** Serves the member list and records the invitations sent. */
function serveApi(list: () => Response = () => listOf([existing])) {
  const invited: unknown[] = []
  let listReads = 0
  server.use(
    http.get(listUrl, () => {
      listReads++
      return list()
    }),
    http.put(`${listUrl}/0`, async ({ request }) => {
      invited.push(await request.json())
      return HttpResponse.json({
        error: 0,
        messages: [],
        data: { organization: 7, user: '0' },
      })
    }),
  )
  return { invited, listReads: () => listReads }
}

function listOf(members: unknown[]) {
  return HttpResponse.json({
    error: 0,
    messages: [],
    data: members,
    total: members.length,
  })
}

describe('MemberDialog inviting many', () => {
  it('marks a member of the loaded list', async () => {
    serveApi()
    renderInviteDialog()

    await userEvent.type(
      screen.getByLabelText(/Email/),
      'ada@example.com, grace@example.com',
    )

    const preview = screen.getByRole('list', { name: 'Addresses to invite' })
    const items = within(preview).getAllByRole('listitem')
    await waitFor(() => expect(items[0]).toHaveTextContent('Already a member'))
    expect(items[1]).toHaveTextContent('New')
    expect(
      screen.getByRole('button', { name: 'Send 1 invite' }),
    ).toBeInTheDocument()
  })

  it('sends nothing when the list cannot be re-read', async () => {
    let fail = false
    const api = serveApi(() =>
      fail ? new HttpResponse(null, { status: 500 }) : listOf([]),
    )
    const { onClose } = renderInviteDialog()
    const text = 'grace@example.com\nlin@example.com'
    await userEvent.type(screen.getByLabelText(/Email/), text)
    await waitFor(() => expect(api.listReads()).toBe(1))
    fail = true

    await userEvent.click(
      screen.getByRole('button', { name: 'Send 2 invites' }),
    )

    expect(
      await screen.findByText(
        'The member list could not be re-read, so no invitation was sent.',
      ),
    ).toBeInTheDocument()
    expect(api.invited).toEqual([])
    expect(screen.getByLabelText(/Email/)).toHaveValue(text)
    expect(onClose).not.toHaveBeenCalled()
  })

  it('asks for a new address when none is sendable', async () => {
    const api = serveApi()
    renderInviteDialog()
    await userEvent.type(screen.getByLabelText(/Email/), 'nope ada@example.com')

    await userEvent.click(screen.getByRole('button', { name: /Send/ }))

    expect(
      await screen.findByText(/None of these addresses can be invited/),
    ).toBeInTheDocument()
    expect(api.invited).toEqual([])
  })

  it('sends one address with a display name on Ctrl+Enter', async () => {
    const api = serveApi()
    const { onClose } = renderInviteDialog()

    await userEvent.type(
      screen.getByLabelText(/Email/),
      'Grace Hopper <grace@example.com>,{Control>}{Enter}{/Control}',
    )

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(api.invited).toEqual([
      { role: 'viewer', email: 'grace@example.com' },
    ])
  })
})
