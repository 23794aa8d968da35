/**
 * Moves the focus to the page's <main> when a dialog has closed and the
 * control that opened it is gone (the edited row moved to another page).
 * A closing MUI dialog gives the focus back to that control. Without it
 * the focus stays in the leaving dialog, then drops to <body>, and the
 * next Tab starts over at the top. Call it from the dialog's onExited,
 * for a dialog opened from the page rather than from another dialog:
 *
 * ```tsx
 * <Dialog slotProps={{ transition: { onExited: keepFocusInPage } }} />
 * ```
 */
export function keepFocusInPage(): void {
  if (isFocusLost())
    document.querySelector<HTMLElement>('main[tabindex]')?.focus()
}

/**
 * Gives the focus back to `opener` after its dialog has closed, where MUI
 * could not: a row's Edit button is disabled while the row's write waits
 * for the API, which is when the dialog closes. Falls back to
 * keepFocusInPage when the opener has left the page.
 */
export function returnFocusTo(opener: HTMLElement | null): void {
  if (isFocusLost() && opener?.isConnected) opener.focus()
  keepFocusInPage()
}

/** Whether the focus is nowhere, or left behind in a closing dialog. */
function isFocusLost(): boolean {
  const focused = document.activeElement
  // MUI leaves the focus on the leaving dialog's container, inside its
  // modal root, when the control to return to is gone or disabled.
  return (
    !focused ||
    focused === document.body ||
    focused.closest('.MuiModal-root, [role="dialog"]') !== null
  )
}
