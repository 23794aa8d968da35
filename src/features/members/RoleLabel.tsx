import Chip from '@mui/material/Chip'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'

/** The member's role in words; a role the panel does not know says so. */
export function RoleLabel({
  member,
}: {
  member: Pick<Member, 'role' | 'apiRole'>
}) {
  const { t } = useTranslation()
  if (member.role === null) {
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={t('roles.unknown')}
        title={
          member.apiRole
            ? t('roles.unknownDetail', { role: member.apiRole })
            : undefined
        }
      />
    )
  }
  return (
    <Chip
      size="small"
      variant={member.role === 'owner' ? 'filled' : 'outlined'}
      color={member.role === 'owner' ? 'primary' : 'default'}
      label={t(`roles.${member.role}`)}
    />
  )
}
