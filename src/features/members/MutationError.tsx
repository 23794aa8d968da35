import Alert from '@mui/material/Alert'
import { useTranslation } from 'react-i18next'
import type { ApiMessage } from '../../api/apiError'
import { isApiError } from '../../api/apiError'
import { describeMessage } from '../../api/describeError'
import { INVITE_USER_ID } from '../../api/members'
import { errorText } from '../../components/errorText'

interface MutationErrorProps {
  error: unknown
  /** A 400's messages that name no field; the rest show under their fields. */
  general?: ApiMessage[] | undefined
}

/** The failure of a save, above the form, in words. */
export function MutationError({ error, general }: MutationErrorProps) {
  const { t } = useTranslation()
  if (!error) return null

  // A 404 to an edit means the member left. To an invitation (user 0) it
  // means the organization is gone or out of reach, as the general text puts it.
  const memberGone =
    isApiError(error) &&
    error.status === 404 &&
    !error.path.endsWith(`/users/${INVITE_USER_ID}`)
  const { summary, details } = errorText(t, error)
  const messages = general
    ?.map((message) => {
      const description = describeMessage(message)
      return 'text' in description
        ? description.text
        : t(description.key, description.values ?? {})
    })
    .join('; ')
  const shownDetails = general === undefined ? details : messages

  return (
    <Alert severity="error" role="alert">
      {memberGone ? t('memberDialog.memberGone') : summary}
      {shownDetails ? ` ${t('errors.details', { details: shownDetails })}` : ''}
    </Alert>
  )
}
