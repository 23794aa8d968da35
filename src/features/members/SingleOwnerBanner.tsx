import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { memberDisplayName } from './memberName'

interface SingleOwnerBannerProps {
  owner: Member
  organizationName: string
  /** Null when nobody else is a member, so nobody can be promoted. */
  onPromote: (() => void) | null
}

/** Warns that the organization hangs on one owner and offers to add another. */
export function SingleOwnerBanner({
  owner,
  organizationName,
  onPromote,
}: SingleOwnerBannerProps) {
  const { t } = useTranslation()

  return (
    <Alert
      severity="warning"
      action={
        onPromote && (
          <Button color="inherit" size="small" onClick={onPromote}>
            {t('ownerGuard.promote')}
          </Button>
        )
      }
    >
      {t('ownerGuard.singleOwner', {
        name: memberDisplayName(owner),
        organization: organizationName,
      })}
    </Alert>
  )
}
