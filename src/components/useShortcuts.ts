import { useEffect, useRef } from 'react'

/**
 * Single keys mapped to what they do, such as `{ i: openInvite }`. A key
 * is `KeyboardEvent.key`, so `?` and `/` match whatever keyboard layout
 * types them (on an Italian keyboard `/` is Shift+7). Letters match in
 * either case. A handler that returns `false` did nothing, and the key
 * then keeps its usual effect.
 */
export type Shortcuts = Partial<Record<string, () => unknown>>

/** Name of the data attribute that marks the element a shortcut focuses. */
export const SHORTCUT_TARGET_ATTRIBUTE = 'data-shortcut-target'

/** Elements a shortcut can focus; `/` focuses `search`. */
export type ShortcutTarget = 'search'

/**
 * Props that mark an input as a shortcut's target. A page's search box
 * opts in with `slotProps={{ htmlInput: shortcutTarget('search') }}` on
 * its TextField, and `/` then focuses it.
 */
export function shortcutTarget(target: ShortcutTarget) {
  return { [SHORTCUT_TARGET_ATTRIBUTE]: target }
}

/**
 * Focuses and selects the element marked with `shortcutTarget(target)`.
 * Returns false when the page has none, so the key is left alone.
 */
export function focusShortcutTarget(target: ShortcutTarget): boolean {
  const element = document.querySelector<HTMLElement>(
    `[${SHORTCUT_TARGET_ATTRIBUTE}="${target}"]`,
  )
  if (!element) return false
  element.focus()
  if (element instanceof HTMLInputElement) element.select()
  return true
}

/** Inputs whose keys are not text: a shortcut still works on them. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit'])

const TEXT_ROLES = '[role="textbox"], [role="combobox"], [role="searchbox"]'

/** Whether a key typed at `target` is meant as text or as a choice in a list. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement)
    return !NON_TEXT_INPUTS.has(target.type)
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLSelectElement) return true
  if (target.isContentEditable) return true
  return target.closest(TEXT_ROLES) !== null
}

/**
 * Open dialogs and menus take the keyboard: MUI gives each the role of
 * `dialog`, `menu` or `listbox`, and closed ones leave the DOM.
 */
function isOverlayOpen(): boolean {
  return (
    document.querySelector(
      '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]',
    ) !== null
  )
}

function keyOf(event: KeyboardEvent): string {
  return event.key.length === 1 ? event.key.toLowerCase() : event.key
}

/**
 * Runs single-key shortcuts pressed anywhere on the page, except while
 * the user types in a field, a dialog or menu is open, or Ctrl, Alt or
 * Meta is held (those combinations belong to the browser).
 *
 * ```tsx
 * useShortcuts({ i: () => setInviting(true) }, { enabled: canInvite })
 * ```
 */
export function useShortcuts(
  shortcuts: Shortcuts,
  { enabled = true }: { enabled?: boolean } = {},
): void {
  // The latest handlers, so callers need not memoize the object.
  const current = useRef(shortcuts)
  useEffect(() => {
    current.current = shortcuts
  })

  useEffect(() => {
    if (!enabled) return

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return
      if (event.ctrlKey || event.altKey || event.metaKey) return
      if (isTyping(event.target) || isOverlayOpen()) return
      const run = current.current[keyOf(event)]
      if (!run) return
      if (run() !== false) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
