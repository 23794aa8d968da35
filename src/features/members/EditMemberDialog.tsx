import Alert from '@mui/material/Alert'
import TextField from '@mui/material/TextField'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { isRole } from '../../api/roles'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { memberDisplayName } from './memberName'
import { MutationError } from './MutationError'
import { changesOwnerRole, isLastOwner } from './ownerGuard'
import { RoleField } from './RoleField'
import { splitServerErrors } from './serverErrors'
import { StaleChangeAlert } from './StaleChangeAlert'
import { confirmationTextOf, useTypedConfirmation } from './typedConfirmation'
import { TypedConfirmationField } from './TypedConfirmationField'
import { useDialogWrite } from './useDialogWrite'
import { useMemberForm } from './useMemberForm'
import type { OrganizationRef } from './useMemberWrite'

interface EditMemberDialogProps {
  open: boolean
  organization: OrganizationRef
  member: Member
  /** The members as the table has them, to know whether this is the one owner. */
  members: readonly Member[]
  onClose: () => void
  onExited: () => void
}

/** Changes one member's role, with the same guards and confirmations as the row. */
export default function EditMemberDialog({
  open,
  organization,
  member,
  members,
  onClose,
  onExited,
}: EditMemberDialogProps) {
  const { t } = useTranslation()
  const form = useMemberForm({
    userId: member.id,
    role: member.role ?? '',
    email: '',
  })
  const write = useDialogWrite(organization, member, onClose)
  const current = write.current
  const chosen = useWatch({ control: form.control, name: 'role' })
  const lastOwner = isLastOwner(write.freshMembers ?? members, current)
  const confirmation = useTypedConfirmation(
    isRole(chosen) && changesOwnerRole(current.role, chosen)
      ? confirmationTextOf(current)
      : null,
  )
  const serverErrors = splitServerErrors(write.error)
  const roleError = form.formState.errors.role?.message

  const submit = form.handleSubmit(({ role }) => {
    if (role === current.role) onClose()
    else write.send(role)
  })

  return (
    <ConfirmDialog
      open={open}
      title={t('memberDialog.editTitle')}
      confirmLabel={t(
        write.stale ? 'memberDialog.saveAnyway' : 'memberDialog.save',
      )}
      pending={write.isPending}
      onConfirm={() => {
        // The role is checked too, so both fields show their problems at once.
        const confirmed = confirmation.confirm()
        if (confirmed) void submit()
        else void form.trigger('role')
      }}
      onClose={onClose}
      onExited={onExited}
    >
      <Alert severity="info" icon={false} sx={{ mt: 1 }}>
        {memberDisplayName(current)}
      </Alert>
      <StaleChangeAlert change={write.stale?.change ?? null} />
      {current.role === null && (
        <Alert severity="warning">
          {t('memberDialog.unknownRole', { role: current.apiRole ?? '—' })}
        </Alert>
      )}
      <MutationError error={write.error} general={serverErrors?.general} />
      <TextField
        label={t('memberDialog.emailLabel')}
        value={current.email}
        fullWidth
        helperText=" "
        slotProps={{ input: { readOnly: true } }}
      />
      <RoleField
        control={form.control}
        lastOwner={lastOwner}
        autoFocus
        error={roleError ? t(roleError) : serverErrors?.fields.role}
      />
      <TypedConfirmationField
        confirmation={confirmation}
        reason={t('confirmation.ownerReason')}
      />
    </ConfirmDialog>
  )
}
