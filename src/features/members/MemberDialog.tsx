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
import { useTranslation } from 'react-i18next'
import { INVITE_USER_ID } from '../../api/members'
import { MutationError } from './MutationError'
import { RoleField } from './RoleField'
import { useMemberForm } from './useMemberForm'
import { useSaveMember } from './useSaveMember'

interface MemberDialogProps {
  open: boolean
  organization: { id: number; name: string }
  onClose: () => void
  onExited: () => void
}

/** The invite dialog: one address and its role, sent to user `0`. */
export default function MemberDialog({
  open,
  organization,
  onClose,
  onExited,
}: MemberDialogProps) {
  const { t } = useTranslation()
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()
  const form = useMemberForm({
    userId: INVITE_USER_ID,
    role: 'viewer',
    email: '',
  })
  const save = useSaveMember(organization, onClose)
  const { errors } = form.formState
  const fieldErrors = save.serverErrors?.fields ?? {}

  const submit = form.handleSubmit((write) => {
    // The button is disabled while pending; this also stops Enter in a field.
    if (!save.isPending) save.mutate(write)
  })

  const emailError = errors.email?.message
    ? t(errors.email.message, { value: form.getValues('email').trim() })
    : fieldErrors.email
  const roleError = errors.role?.message
    ? t(errors.role.message)
    : fieldErrors.role

  return (
    <Dialog
      open={open}
      onClose={save.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="xs"
      slotProps={{ transition: { onExited } }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('memberDialog.inviteTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <MutationError
              error={save.error}
              general={save.serverErrors?.general}
            />
            <TextField
              {...form.register('email')}
              label={t('memberDialog.emailLabel')}
              // Plain text, so the value is exactly what was typed: an email
              // input would trim it itself and hide what the schema checks.
              type="text"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              required
              fullWidth
              error={Boolean(emailError)}
              helperText={emailError ?? ' '}
              slotProps={{
                htmlInput: { inputMode: 'email', autoCapitalize: 'none' },
              }}
            />
            <RoleField control={form.control} error={roleError} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={save.isPending}>
            {t('memberDialog.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={save.isPending}>
            {t('memberDialog.sendInvite')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
