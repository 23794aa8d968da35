import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { lazy, Suspense, useId, useState, type ReactNode } from 'react'

// Menu brings Popover, Modal and the focus trap, about 10 KiB gzip that
// the first screen does not need until a menu opens.
const ChoiceMenuList = lazy(() => import('./ChoiceMenuList'))

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
  // Stays true after the first opening, so the menu can play its exit.
  const [opened, setOpened] = useState(false)
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
        onClick={(event) => {
          setOpened(true)
          setAnchor(event.currentTarget)
        }}
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
      {opened && (
        <Suspense fallback={null}>
          <ChoiceMenuList
            menuId={menuId}
            buttonId={buttonId}
            anchor={anchor}
            choices={choices}
            value={value}
            onClose={() => setAnchor(null)}
            onChange={(next) => onChange(next as T)}
          />
        </Suspense>
      )}
    </>
  )
}
