import Alert from '@mui/material/Alert'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import type { Member, MemberList } from '../../api/members'
import type { Role } from '../../api/roles'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { memberDisplayName } from './memberName'
import type { StaleMemberError } from './memberWrites'
import { changesOwnerRole, wouldLeaveNoOwner } from './ownerGuard'
import { roleName, StaleChangeAlert } from './StaleChangeAlert'
import { confirmationTextOf, useTypedConfirmation } from './typedConfirmation'
import { TypedConfirmationField } from './TypedConfirmationField'
import type { OrganizationRef } from './useMemberWrite'

interface RoleChangeDialogProps {
  open: boolean
  organization: OrganizationRef
  /** The member as the latest read showed them. */
  member: Member
  role: Role
  /** Set when a fresh read showed the member changed since the table was loaded. */
  stale: StaleMemberError | null
  onConfirm: (member: Member, role: Role, base: MemberList | undefined) => void
  onClose: () => void
  onExited: () => void
}

/**
 * Confirms a role change made in a row: by typing the member's email when
 * it grants or takes away the owner role, and again after a fresh read
 * showed the member changed.
 */
export function RoleChangeDialog({
  open,
  organization,
  member,
  role,
  stale,
  onConfirm,
  onClose,
  onExited,
}: RoleChangeDialogProps) {
  const { t } = useTranslation()
  const confirmation = useTypedConfirmation(
    changesOwnerRole(member.role, role) ? confirmationTextOf(member) : null,
  )
  const unchanged = member.role === role
  const leavesNoOwner =
    stale !== null && wouldLeaveNoOwner(stale.list.members, member, role)
  const values = {
    name: memberDisplayName(member),
    organization: organization.name,
    from: roleName(t, member.role),
    to: roleName(t, role),
  }

  return (
    <ConfirmDialog
      open={open}
      title={t('roleChange.title')}
      confirmLabel={t(
        stale ? 'roleChange.confirmAnyway' : 'roleChange.confirm',
      )}
      confirmDisabled={unchanged || leavesNoOwner}
      onConfirm={() => {
        if (confirmation.confirm()) {
          onConfirm(member, role, stale?.list)
          onClose()
        }
      }}
      onClose={onClose}
      onExited={onExited}
    >
      <StaleChangeAlert change={stale?.change ?? null} />
      <Typography>
        {t(
          unchanged ? 'roleChange.alreadyHasRole' : 'roleChange.question',
          values,
        )}
      </Typography>
      {leavesNoOwner && (
        <Alert severity="error">
          {t('ownerGuard.wouldLeaveNoOwner', values)}
        </Alert>
      )}
      {!unchanged && !leavesNoOwner && (
        <TypedConfirmationField
          autoFocus
          confirmation={confirmation}
          reason={t('confirmation.ownerReason')}
        />
      )}
    </ConfirmDialog>
  )
}
