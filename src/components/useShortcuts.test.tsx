import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  focusShortcutTarget,
  shortcutTarget,
  useShortcuts,
  type Shortcuts,
} from './useShortcuts'

function Page({
  shortcuts,
  enabled,
  dialog = false,
}: {
  shortcuts: Shortcuts
  enabled?: boolean
  dialog?: boolean
}) {
  useShortcuts(shortcuts, enabled === undefined ? {} : { enabled })
  return (
    <>
      <button>Plain button</button>
      <input aria-label="Name" />
      <input aria-label="Consent" type="checkbox" />
      <textarea aria-label="Notes" />
      <div
        role="combobox"
        aria-label="Role"
        tabIndex={0}
        aria-expanded="false"
        aria-controls="roles"
      />
      {dialog && <div role="dialog" aria-label="Open dialog" />}
    </>
  )
}

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  return fireEvent.keyDown(target, { key, ...init })
}

describe('useShortcuts', () => {
  it('runs the handler of the pressed key', () => {
    const invite = vi.fn()
    render(<Page shortcuts={{ i: invite }} />)

    const notPrevented = press(document.body, 'i')

    expect(invite).toHaveBeenCalledTimes(1)
    expect(notPrevented).toBe(false)
  })

  it('matches letters in either case', () => {
    const invite = vi.fn()
    render(<Page shortcuts={{ i: invite }} />)

    press(document.body, 'I', { shiftKey: true })

    expect(invite).toHaveBeenCalledTimes(1)
  })

  it('works on buttons and checkboxes', () => {
    const invite = vi.fn()
    render(<Page shortcuts={{ i: invite }} />)

    press(screen.getByRole('button', { name: 'Plain button' }), 'i')
    press(screen.getByRole('checkbox', { name: 'Consent' }), 'i')

    expect(invite).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['a text field', () => screen.getByRole('textbox', { name: 'Name' })],
    ['a text area', () => screen.getByRole('textbox', { name: 'Notes' })],
    ['a select', () => screen.getByRole('combobox', { name: 'Role' })],
  ])('stays out of %s', (_name, target) => {
    const invite = vi.fn()
    render(<Page shortcuts={{ i: invite }} />)

    const notPrevented = press(target(), 'i')

    expect(invite).not.toHaveBeenCalled()
    expect(notPrevented).toBe(true)
  })

  it('waits while a dialog is open', () => {
    const help = vi.fn()
    render(<Page shortcuts={{ '?': help }} dialog />)

    press(document.body, '?', { shiftKey: true })

    expect(help).not.toHaveBeenCalled()
  })

  it.each(['ctrlKey', 'altKey', 'metaKey'])(
    'leaves keys with %s to the browser',
    (modifier) => {
      const invite = vi.fn()
      render(<Page shortcuts={{ i: invite }} />)

      press(document.body, 'i', { [modifier]: true })

      expect(invite).not.toHaveBeenCalled()
    },
  )

  it('does nothing when disabled', () => {
    const invite = vi.fn()
    render(<Page shortcuts={{ i: invite }} enabled={false} />)

    press(document.body, 'i')

    expect(invite).not.toHaveBeenCalled()
  })

  it('keeps the key when the handler returns false', () => {
    render(<Page shortcuts={{ '/': () => false }} />)

    const notPrevented = press(document.body, '/')

    expect(notPrevented).toBe(true)
  })
})

describe('focusShortcutTarget', () => {
  it('focuses and selects the marked input', () => {
    render(
      <input
        aria-label="Search"
        defaultValue="rossi"
        {...shortcutTarget('search')}
      />,
    )
    const search = screen.getByRole('textbox', { name: 'Search' })

    expect(focusShortcutTarget('search')).toBe(true)

    expect(search).toHaveFocus()
    expect((search as HTMLInputElement).selectionStart).toBe(0)
    expect((search as HTMLInputElement).selectionEnd).toBe(5)
  })

  it('reports a page without a target', () => {
    render(<input aria-label="Name" />)

    expect(focusShortcutTarget('search')).toBe(false)
    expect(document.body).toHaveFocus()
  })
})
