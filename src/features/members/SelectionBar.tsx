import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '../../api/roles'

interface SelectionBarProps {
  count: number
  /** Selected members the filters hide; the actions include them. */
  hiddenCount: number
  onChangeRole: (role: Role) => void
  onRemove: () => void
  onClear: () => void
}

/** The actions on the selected rows, shown while any row is selected. */
export function SelectionBar({
  count,
  hiddenCount,
  onChangeRole,
  onRemove,
  onClear,
}: SelectionBarProps) {
  const { t } = useTranslation()
  const menuId = useId()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)

  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={t('selection.label')}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 1,
        p: 1,
        mb: 2,
      }}
    >
      <Typography sx={{ px: 1, flexGrow: 1 }} aria-live="polite">
        {t('selection.count', { count })}
        {hiddenCount > 0 && ` ${t('selection.hidden', { count: hiddenCount })}`}
      </Typography>
      <Button
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('selection.changeRole')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
      >
        {ROLES.map((role) => (
          <MenuItem
            key={role}
            onClick={() => {
              setAnchor(null)
              onChangeRole(role)
            }}
          >
            {t('selection.makeRole', { role: t(`roles.${role}`) })}
          </MenuItem>
        ))}
      </Menu>
      <Button color="error" onClick={onRemove}>
        {t('selection.remove')}
      </Button>
      <Button color="inherit" onClick={onClear}>
        {t('selection.clear')}
      </Button>
    </Paper>
  )
}
