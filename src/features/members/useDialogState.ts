import { useState } from 'react'

interface DialogState<Target> {
  target: Target
  open: boolean
  /** Counts the dialogs opened, so each gets fresh state. */
  key: number
}

/**
 * Which dialog is shown. A closed dialog stays mounted until its exit
 * transition ends, so it does not vanish mid-animation.
 */
export function useDialogState<Target>() {
  const [state, setState] = useState<DialogState<Target> | null>(null)

  return {
    target: state?.target ?? null,
    isOpen: state?.open ?? false,
    key: state?.key ?? 0,
    open: (target: Target) =>
      setState((current) => ({
        target,
        open: true,
        key: (current?.key ?? 0) + 1,
      })),
    close: () => setState((current) => current && { ...current, open: false }),
    exited: () => setState((current) => (current?.open ? current : null)),
  }
}
