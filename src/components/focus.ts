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
  const focused = document.activeElement
  // MUI leaves the focus on the leaving dialog's container, inside its
  // modal root, when the control to return to is gone.
  const lost =
    !focused ||
    focused === document.body ||
    focused.closest('.MuiModal-root, [role="dialog"]') !== null
  if (lost) document.querySelector<HTMLElement>('main[tabindex]')?.focus()
}
