import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NotificationProvider, useNotify } from './Notifications'

function NotifyButton() {
  const notify = useNotify()
  return <button onClick={() => notify('Role of Ada changed.')}>Save</button>
}

describe('NotificationProvider', () => {
  it('announces at once, then shows the snackbar', async () => {
    render(
      <NotificationProvider>
        <NotifyButton />
      </NotificationProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('')

    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    // The live region is emptied first, so a repeated message is read again.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Role of Ada changed.',
      ),
    )
    // The snackbar's code loads with the first message; its Close button shows it is in.
    await screen.findByRole('button', { name: 'Close' })
    expect(screen.getAllByText('Role of Ada changed.')).toHaveLength(2)
  })

  it('closes the snackbar, keeping the announcement', async () => {
    render(
      <NotificationProvider>
        <NotifyButton />
      </NotificationProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Role of Ada changed.',
      ),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }))

    await expect
      .poll(() => screen.queryAllByText('Role of Ada changed.').length)
      .toBe(1)
    expect(screen.getByRole('status')).toHaveTextContent('Role of Ada changed.')
  })
})
