import Alert from '@mui/material/Alert'
import { useTranslation } from 'react-i18next'
import type { OrganizationAccess } from '../../api/organizationAccess'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Says why the table is read-only: the caller's role, or rights that could not be read. */
export function AccessNotice({ access }: { access: OrganizationAccess }) {
  const { t } = useTranslation()

  if (access.error) {
    return (
      <ErrorAlert
        error={access.error}
        title={t('access.checkFailed')}
        onRetry={access.retry}
      />
    )
  }
  if (
    access.callerRole === 'viewer' ||
    access.callerRole === 'security_officer'
  ) {
    return (
      <Alert severity="info" role="status">
        {t(`access.readOnly.${access.callerRole}`)}
      </Alert>
    )
  }
  return null
}
