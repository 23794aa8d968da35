import { useState } from 'react'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import type { StaleMemberError } from './memberWrites'
import { useMemberWrite, type OrganizationRef } from './useMemberWrite'

/**
 * The write of a dialog about one member. When the fresh read shows the
 * member changed, the dialog stays open with `stale` set, shows what
 * changed and asks again; the next `send` then writes without reading
 * again. The dialog closes on success, and when the write cannot go on.
 */
export function useDialogWrite(
  organization: OrganizationRef,
  member: Member,
  onClose: () => void,
) {
  const [stale, setStale] = useState<StaleMemberError | null>(null)
  const write = useMemberWrite(organization, {
    onSuccess: onClose,
    onAbandoned: onClose,
    onStale: (error) => setStale(error),
  })
  const current = stale?.change.kind === 'role' ? stale.change.current : member

  return {
    stale,
    /** The member as the latest read showed them. */
    current,
    /** Members of the latest read, or undefined before one. */
    freshMembers: stale?.list.members,
    send: (role: Role | null) =>
      write.mutate({
        member: current,
        role,
        base: stale?.list,
        source: 'dialog',
      }),
    isPending: write.isPending,
    /** A failure the dialog shows itself; a stale member is shown apart. */
    error: write.error === stale ? null : write.error,
  }
}
