import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isRole, ROLES } from '../../api/roles'
import type { MemberFormValues } from './memberFormSchema'

interface RoleFieldProps {
  control: Control<MemberFormValues, unknown, unknown>
  /** The member is the organization's one owner: only Owner can be chosen. */
  lastOwner?: boolean
  error?: string | undefined
  autoFocus?: boolean
  /** Locks the select, as while a request is pending. */
  disabled?: boolean
}

/** The role select of the member dialogs, with what the chosen role may do. */
export function RoleField({
  control,
  lastOwner = false,
  error,
  autoFocus = false,
  disabled = false,
}: RoleFieldProps) {
  const { t } = useTranslation()

  return (
    <Controller
      control={control}
      name="role"
      render={({ field }) => {
        let help = ' '
        if (lastOwner) help = t('ownerGuard.lastOwnerRole')
        else if (isRole(field.value))
          help = t(`memberDialog.roleHelp.${field.value}`)
        return (
          <TextField
            {...field}
            select
            label={t('memberDialog.roleLabel')}
            autoFocus={autoFocus}
            required
            fullWidth
            disabled={disabled}
            error={Boolean(error)}
            helperText={error ?? help}
          >
            {ROLES.map((role) => (
              <MenuItem
                key={role}
                value={role}
                disabled={lastOwner && role !== 'owner'}
              >
                {t(`roles.${role}`)}
              </MenuItem>
            ))}
          </TextField>
        )
      }}
    />
  )
}
