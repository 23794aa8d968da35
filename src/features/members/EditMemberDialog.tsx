import { zodResolver } from '@hookform/resolvers/zod'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId } from 'react'
import { useForm, useWatch, type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Member, MemberWrite } from '../../api/members'
import { isRole } from '../../api/roles'
import { memberFormSchema, type MemberFormValues } from './memberFormSchema'
import { memberDisplayName } from './memberName'
import { MutationError } from './MutationError'
import { changesOwnerRole, isLastOwner } from './ownerGuard'
import { RoleField } from './RoleField'
import { splitServerErrors } from './serverErrors'
import { StaleChangeAlert } from './StaleChangeAlert'
import { confirmationTextOf, useTypedConfirmation } from './typedConfirmation'
import { TypedConfirmationField } from './TypedConfirmationField'
import { useDialogWrite } from './useDialogWrite'
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
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()
  const form = useForm<MemberFormValues, unknown, MemberWrite>({
    // The form holds an empty role until one is chosen, which the schema
    // then rejects, so its input type is wider than the schema's.
    resolver: zodResolver(memberFormSchema) as Resolver<
      MemberFormValues,
      unknown,
      MemberWrite
    >,
    defaultValues: { userId: member.id, role: member.role ?? '', email: '' },
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

  const submit = form.handleSubmit(({ role }) => {
    if (write.isPending) return
    if (role === current.role) onClose()
    else write.send(role)
  })

  return (
    <Dialog
      open={open}
      onClose={write.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="xs"
      slotProps={{ transition: { onExited } }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          // The typed confirmation is checked with the form, so both show their problems.
          const confirmed = confirmation.confirm()
          if (confirmed) void submit(event)
          else event.preventDefault()
        }}
      >
        <DialogTitle id={titleId}>{t('memberDialog.editTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="info" icon={false}>
              {memberDisplayName(current)}
            </Alert>
            <StaleChangeAlert change={write.stale?.change ?? null} />
            {current.role === null && (
              <Alert severity="warning">
                {t('memberDialog.unknownRole', {
                  role: current.apiRole ?? '—',
                })}
              </Alert>
            )}
            <MutationError
              error={write.error}
              general={serverErrors?.general}
            />
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
              error={
                form.formState.errors.role?.message
                  ? t(form.formState.errors.role.message)
                  : serverErrors?.fields.role
              }
            />
            <TypedConfirmationField
              confirmation={confirmation}
              reason={t('confirmation.ownerReason')}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={write.isPending}>
            {t('memberDialog.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={write.isPending}>
            {t(write.stale ? 'memberDialog.saveAnyway' : 'memberDialog.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
