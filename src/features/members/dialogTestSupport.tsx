// Members, organization and steps shared by the component tests of member writes and dialogs.

import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { useQuery } from '@tanstack/react-query'
import { memberQueries, type Member } from '../../api/members'
import { renderWithProviders } from '../../test/render'
import MemberDialog from './MemberDialog'

/**
 * The organization the dialogs write to. Its id is the one
 * recordMemberRequests serves by default.
 */
export const TEST_ORGANIZATION = { id: 7, name: 'Test organization' }

export const ada: Member = {
  id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  username: 'ada@example.com',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'viewer',
  apiRole: 'viewer',
}

/** The one owner, next to the viewer `ada`. */
export const grace: Member = {
  ...ada,
  id: '9a1c0e55-4e1f-4d38-9a52-2c3a1b7d6f10',
  username: 'grace@example.com',
  email: 'grace@example.com',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: 'owner',
  apiRole: 'owner',
}

/** Keeps the member list query active, as the members table does behind the dialog. */
export function MemberListReader() {
  useQuery(memberQueries.list(TEST_ORGANIZATION.id))
  return null
}

/** Renders the open invite dialog and returns its close callback and element. */
export function renderInviteDialog() {
  const onClose = vi.fn()
  renderWithProviders(
    <MemberDialog
      open
      organization={TEST_ORGANIZATION}
      onClose={onClose}
      onExited={() => {}}
    />,
  )
  return { onClose, dialog: screen.getByRole('dialog') }
}

/** Picks `name` in the dialog's Role select. */
export async function chooseRole(name: string): Promise<void> {
  await userEvent.click(screen.getByRole('combobox', { name: /Role/ }))
  await userEvent.click(await screen.findByRole('option', { name }))
}
