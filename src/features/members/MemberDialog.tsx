import { zodResolver } from '@hookform/resolvers/zod'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId } from 'react'
import { Controller, useForm, type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  INVITE_USER_ID,
  type Member,
  type MemberWrite,
} from '../../api/members'
import { ROLES } from '../../api/roles'
import { memberFormSchema, type MemberFormValues } from './memberFormSchema'
import { memberDisplayName } from './memberName'
import { MutationError } from './MutationError'
import { useSaveMember } from './useSaveMember'

interface MemberDialogProps {
  open: boolean
  organization: { id: number; name: string }
  /** The member to edit; without one the dialog invites a new person. */
  member?: Member | undefined
  onClose: () => void
  onExited: () => void
}

/** The edit/invite dialog: one form, two uses, chosen by `member`. */
export default function MemberDialog({
  open,
  organization,
  member,
  onClose,
  onExited,
}: MemberDialogProps) {
  const { t } = useTranslation()
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()
  const inviting = member === undefined
  const form = useForm<MemberFormValues, unknown, MemberWrite>({
    // The form holds an empty role until one is chosen, which the schema
    // then rejects, so its input type is wider than the schema's.
    resolver: zodResolver(memberFormSchema) as Resolver<
      MemberFormValues,
      unknown,
      MemberWrite
    >,
    defaultValues: {
      userId: member?.id ?? INVITE_USER_ID,
      role: member?.role ?? (inviting ? 'viewer' : ''),
      email: member?.email ?? '',
    },
  })
  const save = useSaveMember(organization, member, onClose)
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
        <DialogTitle id={titleId}>
          {t(inviting ? 'memberDialog.inviteTitle' : 'memberDialog.editTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {member && (
              <Alert severity="info" icon={false}>
                {memberDisplayName(member)}
              </Alert>
            )}
            {member && member.role === null && (
              <Alert severity="warning">
                {t('memberDialog.unknownRole', { role: member.apiRole ?? '—' })}
              </Alert>
            )}
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
              autoFocus={inviting}
              required={inviting}
              fullWidth
              error={Boolean(emailError)}
              helperText={emailError ?? ' '}
              slotProps={{
                input: { readOnly: !inviting },
                htmlInput: { inputMode: 'email', autoCapitalize: 'none' },
              }}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <TextField
                  {...field}
                  select
                  label={t('memberDialog.roleLabel')}
                  autoFocus={!inviting}
                  required
                  fullWidth
                  error={Boolean(roleError)}
                  helperText={
                    roleError ??
                    (field.value && field.value in ROLE_HELP
                      ? t(ROLE_HELP[field.value as keyof typeof ROLE_HELP])
                      : ' ')
                  }
                >
                  {ROLES.map((role) => (
                    <MenuItem key={role} value={role}>
                      {t(`roles.${role}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={save.isPending}>
            {t('memberDialog.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={save.isPending}>
            {t(inviting ? 'memberDialog.sendInvite' : 'memberDialog.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}

const ROLE_HELP = {
  viewer: 'memberDialog.roleHelp.viewer',
  security_officer: 'memberDialog.roleHelp.security_officer',
  owner: 'memberDialog.roleHelp.owner',
} as const
