import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../test/render'
import { ConfirmDialog } from './ConfirmDialog'

/** Renders a dialog that closes itself when confirmed, as the panel's dialogs do. */
function ClosingDialog({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(true)
  return (
    <ConfirmDialog
      open={open}
      title="Change role"
      confirmLabel="Change role"
      onConfirm={() => {
        onConfirm()
        setOpen(false)
      }}
      onClose={() => setOpen(false)}
    >
      Change the role of Ada?
    </ConfirmDialog>
  )
}

describe('ConfirmDialog', () => {
  it('confirms a double click once', async () => {
    const onConfirm = vi.fn()
    renderWithProviders(<ClosingDialog onConfirm={onConfirm} />)

    await userEvent.dblClick(
      screen.getByRole('button', { name: 'Change role' }),
    )

    expect(onConfirm).toHaveBeenCalledTimes(1)
  })

  it('disables the confirm button while it fades out', async () => {
    renderWithProviders(<ClosingDialog onConfirm={() => {}} />)
    const confirm = screen.getByRole('button', { name: 'Change role' })

    await userEvent.click(confirm)

    expect(confirm).toBeDisabled()
  })
})
