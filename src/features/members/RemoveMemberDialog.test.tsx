import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { recordMemberRequests } from '../../test/memberRequests'
import { renderWithProviders } from '../../test/render'
import { setupMockServer } from '../../test/server'
import {
  ada,
  grace,
  MemberListReader,
  TEST_ORGANIZATION,
} from './dialogTestSupport'
import { RemoveMemberDialog } from './RemoveMemberDialog'

const server = setupMockServer()

function renderDialog() {
  const onClose = vi.fn()
  renderWithProviders(
    <>
      <MemberListReader />
      <RemoveMemberDialog
        open
        organization={TEST_ORGANIZATION}
        member={ada}
        onClose={onClose}
        onExited={() => {}}
      />
    </>,
  )
  return { onClose }
}

const confirmRemoval = () =>
  userEvent.click(screen.getByRole('button', { name: 'Remove' }))

describe('RemoveMemberDialog', () => {
  it('reads the list again, then sends one DELETE', async () => {
    const sent = recordMemberRequests(server, { members: () => [ada, grace] })
    const { onClose } = renderDialog()
    await waitFor(() => expect(sent).toHaveLength(1))

    await confirmRemoval()

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(sent.map(({ method, userId }) => [method, userId])).toEqual([
      ['GET', undefined],
      ['GET', undefined],
      ['DELETE', ada.id],
    ])
  })

  it('re-reads the list after a dropped DELETE', async () => {
    const sent = recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: () => HttpResponse.error(),
    })
    const { onClose } = renderDialog()
    await waitFor(() => expect(sent).toHaveLength(1))

    await confirmRemoval()

    expect(
      await screen.findByText(/so the change may or may not have been made/),
    ).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    // The read after the DELETE is the refresh the message promises.
    await waitFor(() =>
      expect(sent.map(({ method }) => method)).toEqual([
        'GET',
        'GET',
        'DELETE',
        'GET',
      ]),
    )
  })

  it('leaves the list alone after a rejected DELETE', async () => {
    const sent = recordMemberRequests(server, {
      members: () => [ada, grace],
      respond: () =>
        HttpResponse.json({ error: 1, messages: [] }, { status: 500 }),
    })
    const { onClose } = renderDialog()
    await waitFor(() => expect(sent).toHaveLength(1))

    await confirmRemoval()

    expect(
      await screen.findByText(/The Aegister API failed \(HTTP 500\)/),
    ).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    expect(sent.map(({ method }) => method)).toEqual(['GET', 'GET', 'DELETE'])
  })
})
