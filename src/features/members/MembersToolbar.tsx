import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isRole, ROLES, type Role } from '../../api/roles'
import { shortcutTarget } from '../../components/useShortcuts'

interface MembersToolbarProps {
  /** The search text as typed, which the URL follows once typing pauses. */
  query: string
  onQueryChange: (query: string) => void
  role: Role | undefined
  onRoleChange: (role: Role | undefined) => void
  /** Buttons at the end of the bar, such as Invite; room for more. */
  actions?: ReactNode
}

const ALL_ROLES = 'all'

/**
 * Shows the bar above the table: the search box, the role filter and the
 * page's actions. Memoized, like the role filter inside it, so that a
 * keystroke re-renders only the search box.
 */
export const MembersToolbar = memo(function MembersToolbar({
  query,
  onQueryChange,
  role,
  onRoleChange,
  actions,
}: MembersToolbarProps) {
  const { t } = useTranslation()

  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ alignItems: { md: 'center' }, mb: 2 }}
    >
      <TextField
        type="search"
        size="small"
        label={t('members.search.label')}
        placeholder={t('members.search.placeholder')}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        slotProps={{ htmlInput: shortcutTarget('search') }}
        sx={{ flexGrow: 1, maxWidth: { md: 420 } }}
      />
      <RoleFilter role={role} onRoleChange={onRoleChange} />
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', ml: { md: 'auto' } }}
      >
        {actions}
      </Stack>
    </Stack>
  )
})

const RoleFilter = memo(function RoleFilter({
  role,
  onRoleChange,
}: Pick<MembersToolbarProps, 'role' | 'onRoleChange'>) {
  const { t } = useTranslation()

  return (
    <TextField
      select
      size="small"
      label={t('members.roleFilter.label')}
      value={role ?? ALL_ROLES}
      onChange={(event) => {
        const value = event.target.value
        onRoleChange(isRole(value) ? value : undefined)
      }}
      sx={{ minWidth: 200 }}
    >
      <MenuItem value={ALL_ROLES}>{t('members.roleFilter.all')}</MenuItem>
      {ROLES.map((option) => (
        <MenuItem key={option} value={option}>
          {t(`members.roleFilter.${option}`)}
        </MenuItem>
      ))}
    </TextField>
  )
})
