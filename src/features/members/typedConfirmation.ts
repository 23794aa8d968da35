import { useState } from 'react'
import type { Member } from '../../api/members'
import { memberDisplayName } from './memberName'

/** The text a user types to confirm an owner change: the member's email, else what identifies them. */
export function confirmationTextOf(
  member: Pick<Member, 'email' | 'username' | 'firstName' | 'lastName'>,
): string {
  return (
    member.email.trim() || member.username.trim() || memberDisplayName(member)
  )
}

/** Whether the typed text is the expected one; case and outer spaces do not count. */
export function isConfirmationTyped(typed: string, expected: string): boolean {
  return typed.trim().toLowerCase() === expected.trim().toLowerCase()
}

export type ConfirmationProblem = 'required' | 'mismatch'

export interface TypedConfirmation {
  /** The text to type, or null when the change needs no typed confirmation. */
  expected: string | null
  typed: string
  setTyped: (typed: string) => void
  /** Shown once the user tried to confirm without the right text. */
  problem: ConfirmationProblem | null
  /** Returns whether the change may go ahead; otherwise the field shows why. */
  confirm: () => boolean
}

/** State of a type-to-confirm field; `expected` null turns it off. */
export function useTypedConfirmation(
  expected: string | null,
): TypedConfirmation {
  const [typed, setTyped] = useState('')
  const [attempted, setAttempted] = useState(false)
  const matches = expected === null || isConfirmationTyped(typed, expected)

  let problem: ConfirmationProblem | null = null
  if (attempted && !matches) problem = typed.trim() ? 'mismatch' : 'required'

  return {
    expected,
    typed,
    setTyped,
    problem,
    confirm: () => {
      setAttempted(true)
      return matches
    },
  }
}
