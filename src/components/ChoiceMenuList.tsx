import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import type { Choice } from './ChoiceMenu'

interface ChoiceMenuListProps<T extends string> {
  menuId: string
  buttonId: string
  anchor: HTMLElement | null
  choices: readonly Choice<T>[]
  value: T
  onClose: () => void
  onChange: (value: T) => void
}

/** The open menu of a ChoiceMenu, loaded on its first opening. */
export default function ChoiceMenuList<T extends string>({
  menuId,
  buttonId,
  anchor,
  choices,
  value,
  onClose,
  onChange,
}: ChoiceMenuListProps<T>) {
  return (
    <Menu
      id={menuId}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
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
            onClose()
            onChange(choice.value)
          }}
        >
          {choice.icon && <ListItemIcon>{choice.icon}</ListItemIcon>}
          <ListItemText>{choice.label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  )
}
