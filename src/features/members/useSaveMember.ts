import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import { memberQueries, saveMember, type MemberWrite } from '../../api/members'
import { useNotify } from '../../components/Notifications'
import { recordChange } from '../../components/changeLog'
import { errorText } from '../../components/errorText'
import { splitServerErrors } from './serverErrors'

/**
 * Sends the invite dialog's PUT to user `0`. On success the list is read
 * again, since only the API knows the new member's id; on failure the
 * dialog stays open.
 */
export function useSaveMember(
  organization: { id: number; name: string },
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
      if ('email' in write) {
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
    const email = 'email' in write ? write.email : ''
    recordChange({
      organizationId,
      organizationName: organization.name,
      member: email,
      email,
      action: 'invite',
      from: null,
      to: write.role,
      result,
      ...(error === undefined ? {} : { error }),
    })
  }

  return { ...mutation, serverErrors: splitServerErrors(mutation.error) }
}
