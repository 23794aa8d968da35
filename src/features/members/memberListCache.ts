import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { memberQueries, type MemberList } from '../../api/members'
import type { CheckedWrite } from './memberWrites'
import { withRole } from './memberWrites'

/** Key of every member write to one organization, for finding the pending ones. */
export const memberWriteKey = (organizationId: number) =>
  ['members', 'write', organizationId] as const

/** A write's variables: the checked write and where it was started. */
export interface MemberWriteVariables extends CheckedWrite {
  /**
   * A row shows the new role before the API answers and reports a failure
   * in a message; a dialog waits and shows the failure itself.
   */
  source: 'row' | 'dialog'
}

/** Role changes from rows still waiting for the API, shown in the table ahead of it. */
function pendingRowChanges(
  queryClient: QueryClient,
  organizationId: number,
  except: MemberWriteVariables | undefined,
): MemberWriteVariables[] {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: memberWriteKey(organizationId), status: 'pending' })
    .map((mutation) => mutation.state.variables as MemberWriteVariables)
    .filter(
      (variables) =>
        variables !== except &&
        variables.source === 'row' &&
        variables.role !== null,
    )
}

/**
 * The cached member list of one organization, changed only through
 * writes the panel made or lists it read.
 */
export function useMemberListCache(organizationId: number) {
  const queryClient = useQueryClient()
  const key = memberQueries.list(organizationId).queryKey

  const update = (change: (list: MemberList) => MemberList) =>
    queryClient.setQueryData<MemberList>(key, (list) => list && change(list))

  return {
    update,
    /**
     * Takes a list just read from the API, keeping on top of it the new
     * roles of other rows whose writes are still pending, so a finished
     * write does not flip them back.
     */
    replace: (list: MemberList, finished?: MemberWriteVariables) => {
      const pending = pendingRowChanges(queryClient, organizationId, finished)
      const shown = pending.reduce(
        (result, variables) =>
          variables.role === null
            ? result
            : withRole(result, variables.member.id, variables.role),
        list,
      )
      queryClient.setQueryData<MemberList>(key, shown)
    },
    /** Stops a read in flight, so its older response cannot undo an optimistic change. */
    cancelReads: () => queryClient.cancelQueries({ queryKey: key }),
    refresh: () => queryClient.invalidateQueries({ queryKey: key }),
  }
}
