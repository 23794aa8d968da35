import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { recordMemberRequests } from '../../test/memberRequests'
import { setupMockServer } from '../../test/server'
import { chooseRole, renderInviteDialog } from './dialogTestSupport'

const server = setupMockServer()

/** Answers PUTs with `respond` and records what was sent. */
function recordPuts(respond?: () => Response | Promise<Response>) {
  return recordMemberRequests(server, {
    ...(respond ? { respond } : {}),
  })
}

describe('MemberDialog inviting', () => {
  it('starts with an empty email', () => {
    const { dialog } = renderInviteDialog()

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
      renderInviteDialog()

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
    const { onClose } = renderInviteDialog()

    await userEvent.type(screen.getByLabelText(/Email/), '  grace@example.com ')
    await chooseRole('Security officer')
    await userEvent.click(screen.getByRole('button', { name: 'Send invite' }))

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent).toEqual([
      {
        method: 'PUT',
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
      const { onClose } = renderInviteDialog()

      await userEvent.type(screen.getByLabelText(/Email/), 'grace@example.com')
      await userEvent.click(screen.getByRole('button', { name: 'Send invite' }))

      expect(await screen.findByText(shown)).toBeInTheDocument()
      expect(screen.getByLabelText(/Email/)).toHaveValue('grace@example.com')
      expect(screen.getByRole('button', { name: 'Send invite' })).toBeEnabled()
      expect(onClose).not.toHaveBeenCalled()
    },
  )
})
