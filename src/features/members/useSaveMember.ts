import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import {
  memberQueries,
  saveMember,
  type Member,
  type MemberList,
  type MemberWrite,
} from '../../api/members'
import { useNotify } from '../../components/Notifications'
import { recordChange } from './changeLog'
import { errorText } from '../../components/errorText'
import { memberDisplayName } from './memberName'
import { splitServerErrors } from './serverErrors'

/**
 * Sends the dialog's PUT. On success the table shows the new role at once
 * and is then re-read from the API; on failure the dialog stays open.
 */
export function useSaveMember(
  organization: { id: number; name: string },
  member: Member | undefined,
  onSaved: () => void,
) {
  const organizationId = organization.id
  const { t } = useTranslation()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const listKey = memberQueries.list(organizationId).queryKey

  const mutation = useMutation({
    mutationFn: (write: MemberWrite) => saveMember(organizationId, write),
    onSuccess: (_result, write) => {
      record(write, 'succeeded')
      if (member) {
        queryClient.setQueryData<MemberList>(
          listKey,
          (list) =>
            list && {
              ...list,
              members: list.members.map((candidate) =>
                candidate.id === member.id
                  ? { ...candidate, role: write.role, apiRole: write.role }
                  : candidate,
              ),
            },
        )
        notify(
          t('memberDialog.saved', {
            name: memberDisplayName(member),
            role: t(`roles.${write.role}`),
          }),
        )
      } else if ('email' in write) {
        notify(t('memberDialog.invited', { email: write.email }))
      }
      void queryClient.invalidateQueries({ queryKey: listKey })
      onSaved()
    },
    onError: (error, write) => {
      record(write, 'failed', errorText(t, error).summary)
      // The member is gone, or the write may or may not have reached the
      // API: the list is re-read so the table shows what is true now.
      const uncertain =
        isApiError(error) &&
        (error.kind === 'network' || error.kind === 'timeout')
      if (uncertain || (isApiError(error) && error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: listKey })
      }
    },
  })

  function record(
    write: MemberWrite,
    result: 'succeeded' | 'failed',
    error?: string,
  ) {
    const email = 'email' in write ? write.email : (member?.email ?? '')
    recordChange({
      organizationId,
      organizationName: organization.name,
      member: member ? memberDisplayName(member) : email,
      email,
      action: member ? 'role' : 'invite',
      from: member?.role ?? null,
      to: write.role,
      result,
      ...(error === undefined ? {} : { error }),
    })
  }

  return { ...mutation, serverErrors: splitServerErrors(mutation.error) }
}
