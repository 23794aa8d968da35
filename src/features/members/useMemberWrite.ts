import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import type { MemberList } from '../../api/members'
import { organizationKeys } from '../../api/organizations'
import { useNotify } from '../../components/Notifications'
import { recordChange } from '../../components/changeLog'
import {
  memberWriteKey,
  useMemberListCache,
  type MemberWriteVariables,
} from './memberListCache'
import { memberDisplayName } from './memberName'
import {
  LastOwnerError,
  sendCheckedWrite,
  StaleMemberError,
  withMember,
  withoutMember,
  withRole,
} from './memberWrites'
import { writeFailureText } from './writeFailureText'

export interface OrganizationRef {
  id: number
  name: string
}

interface WriteHandlers {
  onSuccess?: (variables: MemberWriteVariables) => void
  /** The member's role changed since the table was loaded; nothing was sent. */
  onStale?: (error: StaleMemberError, variables: MemberWriteVariables) => void
  /** The write cannot go on (the member is gone or no owner would remain); the page says why. */
  onAbandoned?: () => void
}

/**
 * Changes a member's role or removes them, the one way every control of
 * the page writes: a fresh read first, then one PUT or DELETE, then the
 * cache updated from that read and the change, with no further read.
 * Writes to one organization run one after another, so each read sees
 * the writes before it. Each write sent is recorded in the change log.
 */
export function useMemberWrite(
  organization: OrganizationRef,
  handlers: WriteHandlers = {},
) {
  const { t } = useTranslation()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const cache = useMemberListCache(organization.id)

  const names = (variables: MemberWriteVariables) => ({
    name: memberDisplayName(variables.member),
    organization: organization.name,
  })

  const record = ({ member, role }: MemberWriteVariables, error?: string) =>
    recordChange({
      organizationId: organization.id,
      organizationName: organization.name,
      member: memberDisplayName(member),
      email: member.email,
      action: role === null ? 'remove' : 'role',
      from: member.role,
      to: role,
      result: error === undefined ? 'succeeded' : 'failed',
      ...(error === undefined ? {} : { error }),
    })

  const succeed = (list: MemberList, variables: MemberWriteVariables) => {
    const { member, role } = variables
    cache.replace(
      role === null
        ? withoutMember(list, member.id)
        : withRole(list, member.id, role),
      variables,
    )
    record(variables)
    notify(
      role === null
        ? t('memberWrites.removed', names(variables))
        : t('memberDialog.saved', {
            name: memberDisplayName(member),
            role: t(`roles.${role}`),
          }),
    )
    handlers.onSuccess?.(variables)
  }

  const stopBeforeWrite = (
    error: StaleMemberError | LastOwnerError,
    variables: MemberWriteVariables,
  ) => {
    cache.replace(error.list, variables)
    if (error instanceof LastOwnerError) {
      notify(t('memberWrites.nowLastOwner', names(variables)), 'warning')
      handlers.onAbandoned?.()
    } else if (error.change.kind === 'gone') {
      notify(t('memberWrites.goneBeforeWrite', names(variables)), 'info')
      handlers.onAbandoned?.()
    } else {
      handlers.onStale?.(error, variables)
    }
  }

  const fail = (error: unknown, variables: MemberWriteVariables) => {
    const { member, role, source } = variables
    record(variables, writeFailureText(t, error))
    if (source === 'row') cache.update((list) => withMember(list, member))
    // A 401 has signed the user out already, and the sign-in screen shows the reason.
    if (isApiError(error) && error.status === 401) return

    if (isApiError(error) && error.status === 404) {
      void cache.refresh()
      if (role === null || source === 'row') {
        const key = role === null ? 'alreadyRemoved' : 'goneOnWrite'
        notify(t(`memberWrites.${key}`, names(variables)), 'info')
        handlers.onAbandoned?.()
      }
      return
    }
    // A write whose connection broke or timed out may have been made, and
    // the failure message promises a refreshed list that shows which.
    const uncertain =
      isApiError(error) &&
      (error.kind === 'network' || error.kind === 'timeout')
    if (uncertain) void cache.refresh()
    // The caller's rights changed: the page reads them again and turns read-only.
    if (isApiError(error) && error.status === 403)
      void queryClient.invalidateQueries({ queryKey: organizationKeys.all })
    if (source === 'row') {
      // The general text of an uncertain write points to a dialog, which a row does not have.
      const message = uncertain
        ? t('memberWrites.rowUncertain', names(variables))
        : t('memberWrites.rowFailed', {
            ...names(variables),
            reason: writeFailureText(t, error),
          })
      notify(message, 'error')
    }
  }

  return useMutation({
    mutationKey: memberWriteKey(organization.id),
    scope: { id: `members-${organization.id}` },
    mutationFn: (variables: MemberWriteVariables) =>
      sendCheckedWrite(organization.id, variables),
    onMutate: async (variables) => {
      if (variables.source !== 'row' || variables.role === null) return
      const { member, role } = variables
      await cache.cancelReads()
      cache.update((list) => withRole(list, member.id, role))
    },
    onSuccess: (list, variables) => succeed(list, variables),
    onError: (error, variables) => {
      if (error instanceof StaleMemberError || error instanceof LastOwnerError)
        stopBeforeWrite(error, variables)
      else fail(error, variables)
    },
  })
}
