import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Member } from '../../api/members'
import { recordMemberRequests, writeSucceeded } from '../../test/memberRequests'
import { renderWithProviders } from '../../test/render'
import { setupMockServer } from '../../test/server'
import { ada, chooseRole, grace, TEST_ORGANIZATION } from './dialogTestSupport'
import EditMemberDialog from './EditMemberDialog'

const server = setupMockServer()

function renderDialog(member: Member, members: Member[] = [member, grace]) {
  const onClose = vi.fn()
  renderWithProviders(
    <EditMemberDialog
      open
      organization={TEST_ORGANIZATION}
      member={member}
      members={members}
      onClose={onClose}
      onExited={() => {}}
    />,
  )
  return { onClose, dialog: screen.getByRole('dialog') }
}

const save = () =>
  userEvent.click(screen.getByRole('button', { name: /^Save/ }))

describe('EditMemberDialog', () => {
  it('shows the email read-only and the current role', () => {
    const { dialog } = renderDialog(ada)

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

  it('reads the list again, then sends the role alone', async () => {
    const sent = recordMemberRequests(server, { members: () => [ada, grace] })
    const { onClose } = renderDialog(ada)

    await chooseRole('Security officer')
    await save()

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent).toEqual([
      {
        method: 'GET',
        userId: undefined,
        body: undefined,
        token: 'test-token',
      },
      {
        method: 'PUT',
        userId: ada.id,
        body: { role: 'security_officer' },
        token: 'test-token',
      },
    ])
  })

  it('closes without a request when the role is unchanged', async () => {
    const sent = recordMemberRequests(server, { members: () => [ada, grace] })
    const { onClose } = renderDialog(ada)

    await save()

    expect(onClose).toHaveBeenCalledTimes(1)
    expect(sent).toEqual([])
  })

  it('asks for the email before granting the owner role', async () => {
    const sent = recordMemberRequests(server, { members: () => [ada, grace] })
    const { onClose } = renderDialog(ada)

    await chooseRole('Owner')
    await save()
    expect(
      await screen.findByText('Type ada@example.com to confirm this change'),
    ).toBeInTheDocument()

    const field = screen.getByLabelText(/Type ada@example.com to confirm/)
    await userEvent.type(field, 'ada@example.org')
    await save()
    expect(
      await screen.findByText(
        '“ada@example.org” does not match ada@example.com',
      ),
    ).toBeInTheDocument()
    expect(sent).toEqual([])

    await userEvent.clear(field)
    await userEvent.type(field, ' ADA@example.com ')
    await save()

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent.map(({ method, body }) => ({ method, body }))).toEqual([
      { method: 'GET', body: undefined },
      { method: 'PUT', body: { role: 'owner' } },
    ])
  })

  it('sends once when Save is clicked twice', async () => {
    const sent = recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: async (userId) => {
        await delay(200)
        return writeSucceeded(7, userId)
      },
    })
    const { onClose } = renderDialog(ada)

    await chooseRole('Security officer')
    const button = screen.getByRole('button', { name: 'Save' })
    await userEvent.click(button)
    await waitFor(() => expect(button).toBeDisabled())
    // Enter in a field submits the form even while the button is disabled.
    fireEvent.submit(button.closest('form') as HTMLFormElement)

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent.filter(({ method }) => method === 'PUT')).toHaveLength(1)
  })

  it('shows a role changed elsewhere and asks again', async () => {
    const promoted = { ...ada, role: 'owner' as const, apiRole: 'owner' }
    const sent = recordMemberRequests(server, {
      members: () => [promoted, grace],
    })
    const { onClose } = renderDialog(ada)

    await chooseRole('Security officer')
    await save()

    expect(
      await screen.findByText(
        'Since the table was loaded, the role of Ada Lovelace changed from Viewer to Owner.',
      ),
    ).toBeInTheDocument()
    expect(sent.map(({ method }) => method)).toEqual(['GET'])
    expect(onClose).not.toHaveBeenCalled()

    // Now the change takes the owner role away, so the email is asked for.
    await userEvent.type(
      screen.getByLabelText(/Type ada@example.com to confirm/),
      'ada@example.com',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save anyway' }))

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent.map(({ method, body }) => ({ method, body }))).toEqual([
      { method: 'GET', body: undefined },
      { method: 'PUT', body: { role: 'security_officer' } },
    ])
  })

  it('closes without a write when the member is gone', async () => {
    const sent = recordMemberRequests(server, { members: () => [grace] })
    const { onClose } = renderDialog(ada)

    await chooseRole('Security officer')
    await save()

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent.map(({ method }) => method)).toEqual(['GET'])
    expect(
      await screen.findAllByText(/Ada Lovelace is no longer a member/),
    ).not.toHaveLength(0)
  })

  it('keeps the dialog open when the PUT finds no member', async () => {
    recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: () =>
        HttpResponse.json({ error: 1, messages: [] }, { status: 404 }),
    })
    const { onClose } = renderDialog(ada)

    await chooseRole('Security officer')
    await save()

    expect(
      await screen.findByText(/no longer in the organization/),
    ).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('offers only Owner to the one owner', async () => {
    renderDialog(grace, [ada, grace])

    await userEvent.click(screen.getByRole('combobox', { name: /Role/ }))

    expect(screen.getByRole('option', { name: 'Viewer' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(
      screen.getByRole('option', { name: 'Security officer' }),
    ).toHaveAttribute('aria-disabled', 'true')
    expect(
      screen.getByText(/This is the only owner\. Make another member an owner/),
    ).toBeInTheDocument()
  })

  it('asks for a role when the API sent an unknown one', async () => {
    const sent = recordMemberRequests(server)
    renderDialog({ ...ada, role: null, apiRole: 'administrator' })

    expect(
      screen.getByText(/role the panel does not know \(administrator\)/),
    ).toBeInTheDocument()
    await save()

    expect(await screen.findByText('Choose a role')).toBeInTheDocument()
    expect(sent).toEqual([])
  })
})
