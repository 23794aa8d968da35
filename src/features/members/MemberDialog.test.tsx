import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Member } from '../../api/members'
import { renderWithProviders, TEST_ORIGIN } from '../../test/render'
import { setupMockServer } from '../../test/server'
import MemberDialog from './MemberDialog'

const server = setupMockServer()

const member: Member = {
  id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  username: 'ada@example.com',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'viewer',
  apiRole: 'viewer',
}

const usersUrl = `${TEST_ORIGIN}/api/v1/organizations/7/users/:userId`

interface SentRequest {
  userId: string
  body: unknown
  token: string | null
}

/** Answers PUTs with `respond` and records what was sent. */
function recordPuts(
  respond: () => Response | Promise<Response> = () =>
    HttpResponse.json({
      error: 0,
      messages: [],
      data: { organization: 7, user: member.id },
    }),
) {
  const sent: SentRequest[] = []
  server.use(
    http.put(usersUrl, async ({ request, params }) => {
      sent.push({
        userId: String(params.userId),
        body: await request.json(),
        token: request.headers.get('X-Aegister-Token'),
      })
      return respond()
    }),
  )
  return sent
}

function renderDialog(target?: Member) {
  const onClose = vi.fn()
  renderWithProviders(
    <MemberDialog
      open
      organization={{ id: 7, name: 'Test organization' }}
      member={target}
      onClose={onClose}
      onExited={() => {}}
    />,
  )
  return { onClose, dialog: screen.getByRole('dialog') }
}

async function chooseRole(name: string) {
  await userEvent.click(screen.getByRole('combobox', { name: /Role/ }))
  await userEvent.click(await screen.findByRole('option', { name }))
}

describe('MemberDialog editing', () => {
  it('shows the email read-only and the current role', () => {
    const { dialog } = renderDialog(member)

    expect(
      within(dialog).getByRole('heading', { name: 'Edit member' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Email')).toHaveValue(
      'ada@example.com',
    )
    expect(within(dialog).getByLabelText('Email')).toHaveAttribute('readonly')
    expect(
      within(dialog).getByRole('combobox', { name: /Role/ }),
    ).toHaveTextContent('Viewer')
  })

  it('sends the role alone and closes', async () => {
    const sent = recordPuts()
    const { onClose } = renderDialog(member)

    await chooseRole('Owner')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent).toEqual([
      { userId: member.id, body: { role: 'owner' }, token: 'test-token' },
    ])
  })

  it('sends once when Save is clicked twice', async () => {
    const sent = recordPuts(async () => {
      await delay(200)
      return HttpResponse.json({
        error: 0,
        messages: [],
        data: { organization: 7, user: member.id },
      })
    })
    const { onClose } = renderDialog(member)

    const save = screen.getByRole('button', { name: 'Save' })
    await userEvent.click(save)
    await waitFor(() => expect(save).toBeDisabled())
    // Enter in a field submits the form even while the button is disabled.
    fireEvent.submit(save.closest('form') as HTMLFormElement)

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(1)
  })

  it('keeps the dialog open when the member is gone', async () => {
    recordPuts(() =>
      HttpResponse.json({ error: 1, messages: [] }, { status: 404 }),
    )
    server.use(
      http.get(`${TEST_ORIGIN}/api/v1/organizations/7/users`, () =>
        HttpResponse.json({ error: 0, messages: [], data: [] }),
      ),
    )
    const { onClose } = renderDialog(member)

    await chooseRole('Owner')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(
      await screen.findByText(/no longer in the organization/),
    ).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    expect(screen.getByRole('combobox', { name: /Role/ })).toHaveTextContent(
      'Owner',
    )
  })

  it('asks for a role when the API sent an unknown one', async () => {
    const sent = recordPuts()
    renderDialog({ ...member, role: null, apiRole: 'administrator' })

    expect(
      screen.getByText(/role the panel does not know \(administrator\)/),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Choose a role')).toBeInTheDocument()
    expect(sent).toEqual([])
  })
})

describe('MemberDialog inviting', () => {
  it('starts with an empty email', () => {
    const { dialog } = renderDialog()

    expect(
      within(dialog).getByRole('heading', { name: 'Invite member' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/Email/)).toHaveValue('')
  })

  const invalid = [
    { typed: '', message: 'Email is required' },
    { typed: '    ', message: 'Email is required' },
    { typed: 'ada@', message: '“ada@” is not a valid email address' },
    {
      typed: 'ada@example',
      message: '“ada@example” is not a valid email address',
    },
  ]

  it.each(invalid)(
    'blocks "$typed" with its message',
    async ({ typed, message }) => {
      const sent = recordPuts()
      renderDialog()

      if (typed) await userEvent.type(screen.getByLabelText(/Email/), typed)
      await userEvent.click(screen.getByRole('button', { name: 'Send invite' }))

      expect(await screen.findByText(message)).toBeInTheDocument()
      expect(screen.getByLabelText(/Email/)).toHaveValue(typed)
      expect(sent).toEqual([])
    },
  )

  it('sends the trimmed email to user 0', async () => {
    const sent = recordPuts(() =>
      HttpResponse.json({
        error: 0,
        messages: [],
        data: { organization: 7, user: '0' },
      }),
    )
    server.use(
      http.get(`${TEST_ORIGIN}/api/v1/organizations/7/users`, () =>
        HttpResponse.json({ error: 0, messages: [], data: [] }),
      ),
    )
    const { onClose } = renderDialog()

    await userEvent.type(screen.getByLabelText(/Email/), '  grace@example.com ')
    await chooseRole('Security officer')
    await userEvent.click(screen.getByRole('button', { name: 'Send invite' }))

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent).toEqual([
      {
        userId: '0',
        body: { role: 'security_officer', email: 'grace@example.com' },
        token: 'test-token',
      },
    ])
    expect(
      await screen.findAllByText('Invitation sent to grace@example.com.'),
    ).not.toHaveLength(0)
  })

  const failures = [
    {
      name: 'a 400 about the email, under the field',
      response: () =>
        HttpResponse.json(
          {
            error: 1,
            messages: [
              'Invalid data provided',
              'email: a member with this email already exists',
            ],
          },
          { status: 400 },
        ),
      shown: 'a member with this email already exists',
    },
    {
      name: 'a 400 without a field, above the form',
      response: () =>
        HttpResponse.json(
          { error: 1, messages: ['Invalid data provided'] },
          { status: 400 },
        ),
      shown: /rejected the data.*Invalid data provided/,
    },
    {
      name: 'an envelope error in a 200',
      response: () =>
        HttpResponse.json({ error: 1, messages: ['Quota exceeded'] }),
      shown: /reported an error.*Quota exceeded/,
    },
    {
      name: 'a 500',
      response: () => new HttpResponse(null, { status: 500 }),
      shown: /failed \(HTTP 500\)/,
    },
    {
      name: 'an unreachable API',
      response: () => HttpResponse.error(),
      shown: /Could not reach the Aegister API/,
    },
    {
      name: 'a 403',
      response: () =>
        HttpResponse.json(
          {
            error: 1,
            messages: [
              'Only an owner of the organization can change its members',
            ],
          },
          { status: 403 },
        ),
      shown: /Only an owner of the organization can change its members/,
    },
    {
      name: 'an unknown numeric code',
      response: () =>
        HttpResponse.json({ error: 1, messages: [4711] }, { status: 400 }),
      shown: /error code 4711/,
    },
  ]

  it.each(failures)(
    'shows $name and keeps the input',
    async ({ response, shown }) => {
      recordPuts(response)
      const { onClose } = renderDialog()

      await userEvent.type(screen.getByLabelText(/Email/), 'grace@example.com')
      await userEvent.click(screen.getByRole('button', { name: 'Send invite' }))

      expect(await screen.findByText(shown)).toBeInTheDocument()
      expect(screen.getByLabelText(/Email/)).toHaveValue('grace@example.com')
      expect(screen.getByRole('button', { name: 'Send invite' })).toBeEnabled()
      expect(onClose).not.toHaveBeenCalled()
    },
  )
})
