import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { recordMemberRequests } from '../../test/memberRequests'
import { renderWithProviders } from '../../test/render'
import { setupMockServer } from '../../test/server'
import {
  ada,
  grace,
  MemberListReader,
  TEST_ORGANIZATION,
} from './dialogTestSupport'
import { useMemberWrite } from './useMemberWrite'

const server = setupMockServer()

/** Renders a button that changes Ada's role the way a row's role select does. */
function RowRoleChange() {
  const write = useMemberWrite(TEST_ORGANIZATION)
  return (
    <button
      type="button"
      onClick={() =>
        write.mutate({ member: ada, role: 'security_officer', source: 'row' })
      }
    >
      Make Ada a security officer
    </button>
  )
}

function renderRow() {
  renderWithProviders(
    <>
      <MemberListReader />
      <RowRoleChange />
    </>,
  )
}

const changeRole = () =>
  userEvent.click(
    screen.getByRole('button', { name: 'Make Ada a security officer' }),
  )

describe('useMemberWrite from a row', () => {
  it('says a dropped PUT may have landed', async () => {
    const sent = recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: () => HttpResponse.error(),
    })
    renderRow()
    await waitFor(() => expect(sent).toHaveLength(1))

    await changeRole()

    const message = await screen.findByText(
      /The role change of Ada Lovelace may or may not have been made/,
    )
    expect(message).toHaveTextContent('The list has been refreshed')
    expect(message).not.toHaveTextContent('was not changed')
    expect(message).not.toHaveTextContent('dialog')
    await waitFor(() =>
      expect(sent.map(({ method }) => method)).toEqual([
        'GET',
        'GET',
        'PUT',
        'GET',
      ]),
    )
  })

  it('says a rejected PUT changed nothing', async () => {
    const sent = recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: () =>
        HttpResponse.json({ error: 1, messages: [] }, { status: 500 }),
    })
    renderRow()
    await waitFor(() => expect(sent).toHaveLength(1))

    await changeRole()

    expect(
      await screen.findByText(
        'The role of Ada Lovelace was not changed. The Aegister API failed (HTTP 500). Try again in a moment.',
      ),
    ).toBeInTheDocument()
    expect(sent.map(({ method }) => method)).toEqual(['GET', 'GET', 'PUT'])
  })
})
