import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useId, useState, type ReactNode } from 'react'

export interface Choice<T extends string> {
  value: T
  label: string
  /** Language of the label, when it differs from the page's. */
  lang?: string
  icon?: ReactNode
}

interface ChoiceMenuProps<T extends string> {
  /** The button's accessible name, which names the current choice too. */
  label: string
  icon: ReactNode
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
}

/**
 * Shows the current choice on a button that opens a menu of all choices,
 * for settings such as the language. On narrow screens it shows only its
 * icon, with the same accessible name.
 */
export function ChoiceMenu<T extends string>({
  label,
  icon,
  choices,
  value,
  onChange,
}: ChoiceMenuProps<T>) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const buttonId = useId()
  const menuId = useId()
  const current = choices.find((choice) => choice.value === value)

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        startIcon={icon}
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{
          minWidth: 0,
          textTransform: 'none',
          '& .MuiButton-startIcon': {
            ml: { xs: 0, sm: -0.5 },
            mr: { xs: 0, sm: 1 },
          },
        }}
      >
        <Box
          component="span"
          lang={current?.lang}
          sx={{ display: { xs: 'none', sm: 'inline' } }}
        >
          {current?.label}
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {choices.map((choice) => (
          <MenuItem
            key={choice.value}
            role="menuitemradio"
            aria-checked={choice.value === value}
            selected={choice.value === value}
            lang={choice.lang}
            onClick={() => {
              setAnchor(null)
              onChange(choice.value)
            }}
          >
            {choice.icon && <ListItemIcon>{choice.icon}</ListItemIcon>}
            <ListItemText>{choice.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
