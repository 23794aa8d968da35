import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { isRole, ROLES, type Role } from '../../api/roles'
import { memberDisplayName } from './memberName'

interface RoleSelectProps {
  member: Member
  /** The organization's one owner, whose role cannot change. */
  lastOwner: boolean
  pending: boolean
  onChange: (role: Role) => void
}

/** Shows the member's role in an owner's table, where it can be changed in place. */
export function RoleSelect({
  member,
  lastOwner,
  pending,
  onChange,
}: RoleSelectProps) {
  const { t } = useTranslation()
  const reasonId = useId()

  return (
    <Stack sx={{ alignItems: 'flex-start' }}>
      <Select
        size="small"
        value={member.role ?? ''}
        displayEmpty
        renderValue={(role) =>
          isRole(role) ? t(`roles.${role}`) : t('roles.unknown')
        }
        onChange={(event) => {
          const role = event.target.value
          if (isRole(role) && role !== member.role) onChange(role)
        }}
        disabled={lastOwner || pending}
        sx={{ minWidth: 170, '& .MuiSelect-select': { py: 0.5 } }}
        inputProps={{
          'aria-label': t('members.roleOf', {
            name: memberDisplayName(member),
          }),
          'aria-describedby': lastOwner ? reasonId : undefined,
          'aria-busy': pending,
        }}
      >
        {ROLES.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`roles.${role}`)}
          </MenuItem>
        ))}
      </Select>
      {lastOwner && (
        <Typography id={reasonId} variant="caption" color="text.secondary">
          {t('ownerGuard.cannotDemote')}
        </Typography>
      )}
    </Stack>
  )
}
