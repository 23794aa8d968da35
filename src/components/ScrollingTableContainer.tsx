import TableContainer, {
  type TableContainerProps,
} from '@mui/material/TableContainer'

const SHADOW = 'rgba(0, 0, 0, 0.25)'
const PAPER = 'var(--mui-palette-background-paper)'

/**
 * A TableContainer for tables wider than a phone: the table scrolls
 * sideways inside it, so the page itself never does, and a shadow on an
 * edge shows that more columns lie that way. The shadows are the
 * background of the container; the `local` covers hide them once
 * scrolled to that edge. The table's cells must have no background.
 */
export function ScrollingTableContainer({ sx, ...props }: TableContainerProps) {
  return (
    <TableContainer
      {...props}
      sx={[
        {
          overflowX: 'auto',
          background: [
            `linear-gradient(to right, ${PAPER} 30%, transparent) left / 40px 100% no-repeat local`,
            `linear-gradient(to left, ${PAPER} 30%, transparent) right / 40px 100% no-repeat local`,
            `radial-gradient(farthest-side at 0 50%, ${SHADOW}, transparent) left / 12px 100% no-repeat scroll`,
            `radial-gradient(farthest-side at 100% 50%, ${SHADOW}, transparent) right / 12px 100% no-repeat scroll`,
          ].join(', '),
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    />
  )
}
