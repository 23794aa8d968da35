import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ROLES } from '../../api/roles'
import type { MemberWrite } from '../../api/members'
import type { MemberFormValues } from './memberFormSchema'

const ROLE_HELP = {
  viewer: 'memberDialog.roleHelp.viewer',
  security_officer: 'memberDialog.roleHelp.security_officer',
  owner: 'memberDialog.roleHelp.owner',
} as const

interface RoleFieldProps {
  control: Control<MemberFormValues, unknown, MemberWrite>
  error: string | undefined
  autoFocus: boolean
  disabled?: boolean
}

/** Renders the member dialog's role select, with what the chosen role may do. */
export function RoleField({
  control,
  error,
  autoFocus,
  disabled,
}: RoleFieldProps) {
  const { t } = useTranslation()

  return (
    <Controller
      control={control}
      name="role"
      render={({ field }) => (
        <TextField
          {...field}
          select
          label={t('memberDialog.roleLabel')}
          autoFocus={autoFocus}
          required
          fullWidth
          disabled={disabled}
          error={Boolean(error)}
          helperText={
            error ??
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
  )
}
