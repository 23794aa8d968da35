import Alert from '@mui/material/Alert'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../api/roles'
import { memberDisplayName } from './memberName'
import type { StaleChange } from './memberWrites'

/** Says how a member changed since the table was loaded, before the user confirms again. */
export function StaleChangeAlert({ change }: { change: StaleChange | null }) {
  const { t } = useTranslation()
  if (change === null) return null

  const name = memberDisplayName(change.member)
  return (
    <Alert severity="warning" role="alert">
      {change.kind === 'gone'
        ? t('staleWrite.gone', { name })
        : t('staleWrite.roleChanged', {
            name,
            from: roleName(t, change.member.role),
            to: roleName(t, change.current.role),
          })}
    </Alert>
  )
}

export function roleName(
  t: (key: string) => string,
  role: Role | null,
): string {
  return role === null ? t('roles.unknown') : t(`roles.${role}`)
}
