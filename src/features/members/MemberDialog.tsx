import { zodResolver } from '@hookform/resolvers/zod'
import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId, type KeyboardEvent } from 'react'
import { useForm, type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { INVITE_USER_ID, type MemberWrite } from '../../api/members'
import { DialogFormActions } from '../../components/DialogFormActions'
import { ErrorAlert } from '../../components/ErrorAlert'
import { BulkInviteResults } from './BulkInviteResults'
import { MAX_INVITES } from './inviteList'
import { InvitePreview } from './InvitePreview'
import { memberFormSchema, type MemberFormValues } from './memberFormSchema'
import { MutationError } from './MutationError'
import { RoleField } from './RoleField'
import { soleAddress, useInviteMany } from './useInviteMany'
import { useSaveMember } from './useSaveMember'

// The form holds an empty role until one is chosen, which the schema then
// rejects, so its input type is wider than the schema's.
const schemaResolver = zodResolver(memberFormSchema) as Resolver<
  MemberFormValues,
  unknown,
  MemberWrite
>

/** Checks an invitation of one entry by its address, display name and separators removed. */
const resolver: Resolver<MemberFormValues, unknown, MemberWrite> = (
  values,
  context,
  options,
) =>
  schemaResolver(
    values.userId === INVITE_USER_ID
      ? { ...values, email: soleAddress(values.email) }
      : values,
    context,
    options,
  )

interface MemberDialogProps {
  open: boolean
  organization: { id: number; name: string }
  onClose: () => void
  onExited: () => void
}

/**
 * The invite dialog: the Email field takes one address or many, all with
 * one role, sent to user `0`. With many, the dialog lists each before
 * sending and shows each result afterwards.
 */
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
  const form = useForm<MemberFormValues, unknown, MemberWrite>({
    resolver,
    defaultValues: { userId: INVITE_USER_ID, role: 'viewer', email: '' },
  })
  const save = useSaveMember(organization, onClose)
  const many = useInviteMany(form.control, organization, true)
  const { bulk } = many
  const { errors } = form.formState
  const fieldErrors = save.serverErrors?.fields ?? {}
  const busy =
    save.isPending || bulk.phase === 'checking' || bulk.phase === 'sending'

  const submitOne = form.handleSubmit((write) => {
    // The button is disabled while pending; this also stops Enter in a field.
    if (!save.isPending) save.mutate(write)
  })
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    if (!many.active) return void submitOne(event)
    event.preventDefault()
    if (!busy) many.submit()
  }
  // In the multi-line field Enter starts a new line, so Ctrl+Enter sends.
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      event.currentTarget.closest('form')?.requestSubmit()
    }
  }

  const emailError = many.active
    ? many.error
    : errors.email?.message
      ? t(errors.email.message, { value: form.getValues('email').trim() })
      : fieldErrors.email
  const roleError = errors.role?.message
    ? t(errors.role.message)
    : fieldErrors.role

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      // Wide enough for the list of addresses, so it does not grow as they are typed.
      maxWidth="sm"
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId}>{t('memberDialog.inviteTitle')}</DialogTitle>
      {bulk.rows !== null ? (
        <BulkInviteResults
          rows={bulk.rows}
          phase={bulk.phase}
          checkError={bulk.checkError}
          role={bulk.role}
          onRetryFailed={bulk.retryFailed}
          onClose={onClose}
        />
      ) : (
        <form noValidate onSubmit={submit}>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <MutationError
                error={save.error}
                general={save.serverErrors?.general}
              />
              {bulk.checkError !== null && (
                <ErrorAlert
                  error={bulk.checkError}
                  title={t('bulkInvite.checkFailed')}
                />
              )}
              <TextField
                {...form.register('email')}
                label={t('memberDialog.emailLabel')}
                // Plain text, so the value is exactly what was typed: an email
                // input would trim it itself and hide what the schema checks.
                type="text"
                multiline
                maxRows={8}
                onKeyDown={submitOnCtrlEnter}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                required
                fullWidth
                error={Boolean(emailError)}
                helperText={
                  emailError ?? t('bulkInvite.hint', { max: MAX_INVITES })
                }
                slotProps={{
                  input: { readOnly: busy },
                  htmlInput: { inputMode: 'email', autoCapitalize: 'none' },
                }}
              />
              {many.active && <InvitePreview entries={many.entries} />}
              <RoleField
                control={form.control}
                error={roleError}
                disabled={bulk.phase === 'checking'}
              />
            </Stack>
          </DialogContent>
          <DialogFormActions
            submitLabel={
              many.active
                ? t('bulkInvite.send', { count: many.sendable })
                : t('memberDialog.sendInvite')
            }
            pending={busy}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  )
}
