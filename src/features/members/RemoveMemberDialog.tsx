import Alert from '@mui/material/Alert'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { memberDisplayName } from './memberName'
import { MutationError } from './MutationError'
import { wouldLeaveNoOwner } from './ownerGuard'
import { StaleChangeAlert } from './StaleChangeAlert'
import { confirmationTextOf, useTypedConfirmation } from './typedConfirmation'
import { TypedConfirmationField } from './TypedConfirmationField'
import { useDialogWrite } from './useDialogWrite'
import type { OrganizationRef } from './useMemberWrite'

interface RemoveMemberDialogProps {
  open: boolean
  organization: OrganizationRef
  member: Member
  onClose: () => void
  onExited: () => void
}

/** Asks before removing a member, naming them and the organization; an owner's email must be typed. */
export function RemoveMemberDialog({
  open,
  organization,
  member,
  onClose,
  onExited,
}: RemoveMemberDialogProps) {
  const { t } = useTranslation()
  const write = useDialogWrite(organization, member, onClose)
  const current = write.current
  const confirmation = useTypedConfirmation(
    current.role === 'owner' ? confirmationTextOf(current) : null,
  )
  const leavesNoOwner =
    write.freshMembers !== undefined &&
    wouldLeaveNoOwner(write.freshMembers, current, null)
  const values = {
    name: memberDisplayName(current),
    email: current.email,
    organization: organization.name,
  }

  return (
    <ConfirmDialog
      open={open}
      title={t('removeMember.title', values)}
      confirmLabel={t(
        write.stale ? 'removeMember.confirmAnyway' : 'removeMember.confirm',
      )}
      confirmColor="error"
      pending={write.isPending}
      confirmDisabled={leavesNoOwner}
      onConfirm={() => {
        if (confirmation.confirm()) write.send(null)
      }}
      onClose={onClose}
      onExited={onExited}
    >
      <StaleChangeAlert change={write.stale?.change ?? null} />
      <MutationError error={write.error} />
      <Typography>{t('removeMember.question', values)}</Typography>
      {current.role === 'owner' && (
        <Typography>{t('removeMember.ownerNote', values)}</Typography>
      )}
      {leavesNoOwner && (
        <Alert severity="error">
          {t('ownerGuard.wouldLeaveNoOwner', values)}
        </Alert>
      )}
      {!leavesNoOwner && (
        <TypedConfirmationField
          autoFocus
          confirmation={confirmation}
          reason={t('confirmation.ownerReason')}
        />
      )}
    </ConfirmDialog>
  )
}
