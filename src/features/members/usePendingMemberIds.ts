import { useMutationState } from '@tanstack/react-query'
import { useMemo } from 'react'
import { memberWriteKey, type MemberWriteVariables } from './memberListCache'

/** Ids of the members whose write is waiting for the API. */
export function usePendingMemberIds(
  organizationId: number,
): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: memberWriteKey(organizationId), status: 'pending' },
    select: (mutation) =>
      (mutation.state.variables as MemberWriteVariables).member.id,
  })
  const key = ids.join(',')
  // A new set only when the ids change, so rows re-render only then.
  return useMemo(() => new Set(key ? key.split(',') : []), [key])
}
