import Chip, { type ChipProps } from '@mui/material/Chip'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemText from '@mui/material/ListItemText'

export type StatusTone = 'default' | 'success' | 'error' | 'warning'

export interface StatusItem {
  id: string
  /** The subject of the line, such as an address or an organization. */
  primary: string
  /** The state in one or two words, shown as a chip. */
  status: string
  tone: StatusTone
  /** The reason or detail behind the status, in a sentence. */
  detail?: string | undefined
}

interface StatusListProps {
  /** Accessible name of the list, such as "Invitation results". */
  label: string
  items: readonly StatusItem[]
  /** Height after which the list scrolls, in pixels. */
  maxHeight?: number
}

/**
 * Lists items, each with a status chip and an optional reason, for
 * reviews and per-item results of work done on many items at once.
 *
 * @example
 * <StatusList label="Results" items={[{ id: 'a', primary: 'ada@x.it', status: 'Sent', tone: 'success' }]} />
 */
export function StatusList({ label, items, maxHeight = 280 }: StatusListProps) {
  return (
    <List
      dense
      aria-label={label}
      // The list may scroll, so keyboard users need to be able to focus it.
      tabIndex={0}
      sx={{
        maxHeight,
        overflowY: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        py: 0,
      }}
    >
      {items.map((item) => (
        <ListItem key={item.id} divider sx={{ gap: 1 }}>
          <ListItemText
            primary={item.primary}
            secondary={item.detail}
            sx={{ overflowWrap: 'anywhere', my: 0.25 }}
          />
          <Chip size="small" label={item.status} {...CHIP_STYLE[item.tone]} />
        </ListItem>
      ))}
    </List>
  )
}

/**
 * Chip looks with text at 4.5:1 contrast or more: MUI's own warning chip
 * puts white on orange at about 3:1, so warnings use dark text on a
 * lighter orange instead.
 */
const CHIP_STYLE = {
  default: { variant: 'outlined', sx: { flexShrink: 0 } },
  success: { color: 'success', sx: { flexShrink: 0 } },
  error: { color: 'error', sx: { flexShrink: 0 } },
  warning: {
    sx: { flexShrink: 0, bgcolor: 'warning.light', color: 'common.black' },
  },
} as const satisfies Record<StatusTone, ChipProps>
