import { startTransition, useCallback, useRef, useState } from 'react'

interface DialogState<Target> {
  target: Target
  open: boolean
  /** Counts the dialogs opened, so each gets fresh state. */
  key: number
}

/**
 * Which dialog is shown. A closed dialog stays mounted until its exit
 * transition ends, so it does not vanish mid-animation. `open`, `close`
 * and `exited` keep their identity, so memoized rows that call them do
 * not re-render.
 */
export function useDialogState<Target>() {
  const [state, setState] = useState<DialogState<Target> | null>(null)
  // The page control that opened the first of a chain of dialogs; a dialog
  // opened from another one (the promotion picker) keeps it.
  const opener = useRef<HTMLElement | null>(null)

  const open = useCallback((target: Target) => {
    const focused = document.activeElement
    if (focused instanceof HTMLElement && !focused.closest('[role="dialog"]'))
      opener.current = focused
    // A dialog renders in a transition, so the pressed button paints its
    // feedback first. Rendering the edit dialog inside the click took 60 to
    // 120 ms with the CPU slowed 4x, and the first one also loads its code.
    startTransition(() =>
      setState((current) => ({
        target,
        open: true,
        key: (current?.key ?? 0) + 1,
      })),
    )
  }, [])
  const close = useCallback(
    () => setState((current) => current && { ...current, open: false }),
    [],
  )
  const exited = useCallback(
    () => setState((current) => (current?.open ? current : null)),
    [],
  )

  return {
    target: state?.target ?? null,
    isOpen: state?.open ?? false,
    key: state?.key ?? 0,
    open,
    /** Returns the page control that had the focus when the dialogs opened. */
    opener: () => opener.current,
    close,
    exited,
  }
}
