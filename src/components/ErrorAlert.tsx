import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import { useTranslation } from 'react-i18next'
import { errorText } from './errorText'

interface ErrorAlertProps {
  error: unknown
  /** A heading that says which content failed, such as "The members could not be loaded." */
  title?: string
  onRetry?: () => void
  retrying?: boolean
}

/** Shows an error in words, with the API's messages and an optional Retry. */
export function ErrorAlert({
  error,
  title,
  onRetry,
  retrying,
}: ErrorAlertProps) {
  const { t } = useTranslation()
  const { summary, details } = errorText(t, error)

  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button
            color="inherit"
            size="small"
            onClick={onRetry}
            disabled={retrying}
          >
            {t('members.retry')}
          </Button>
        )
      }
    >
      {title && <AlertTitle>{title}</AlertTitle>}
      {summary}
      {details && <> {t('errors.details', { details })}</>}
    </Alert>
  )
}
