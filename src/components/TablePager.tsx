import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import InputBase from '@mui/material/InputBase'
import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import SvgIcon from '@mui/material/SvgIcon'
import Typography from '@mui/material/Typography'
import { useId } from 'react'

interface TablePagerProps {
  count: number
  /** Zero-based page index. */
  page: number
  rowsPerPage: number
  rowsPerPageOptions: readonly number[]
  onPageChange: (page: number) => void
  onRowsPerPageChange: (rowsPerPage: number) => void
  labels: {
    rowsPerPage: string
    /** Text such as "1–25 of 212". */
    displayedRows: (range: {
      from: number
      to: number
      count: number
    }) => string
    previousPage: string
    nextPage: string
  }
}

/**
 * Renders the pager under a table: rows per page, the range shown,
 * previous and next, as MUI's TablePagination does. It leaves out
 * TablePagination's Tooltip, because Tooltip with Popper and popper.js
 * costs about 12 KiB gzip (MUI 9.6). Each button's `title` gives the hint.
 */
export function TablePager({
  count,
  page,
  rowsPerPage,
  rowsPerPageOptions,
  onPageChange,
  onRowsPerPageChange,
  labels,
}: TablePagerProps) {
  const labelId = useId()
  const lastPage = Math.max(0, Math.ceil(count / rowsPerPage) - 1)
  const shownPage = Math.min(page, lastPage)
  const from = count === 0 ? 0 : shownPage * rowsPerPage + 1
  const to = Math.min(count, (shownPage + 1) * rowsPerPage)

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        columnGap: 2,
        minHeight: 52,
        px: 2,
        typography: 'body2',
      }}
    >
      <Typography variant="body2" component="p" id={labelId}>
        {labels.rowsPerPage}
      </Typography>
      <Select
        labelId={labelId}
        value={rowsPerPage}
        onChange={(event) => onRowsPerPageChange(Number(event.target.value))}
        input={<InputBase />}
        sx={{ fontSize: 'inherit', mr: 2 }}
      >
        {rowsPerPageOptions.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </Select>
      <Typography variant="body2" component="p">
        {labels.displayedRows({ from, to, count })}
      </Typography>
      <Box sx={{ display: 'flex', flexShrink: 0 }}>
        <IconButton
          onClick={() => onPageChange(shownPage - 1)}
          disabled={shownPage === 0}
          aria-label={labels.previousPage}
          title={labels.previousPage}
          color="inherit"
        >
          <SvgIcon>
            <path d="M15.41 16.09l-4.58-4.59 4.58-4.59L14 5.5l-6 6 6 6z" />
          </SvgIcon>
        </IconButton>
        <IconButton
          onClick={() => onPageChange(shownPage + 1)}
          disabled={shownPage >= lastPage}
          aria-label={labels.nextPage}
          title={labels.nextPage}
          color="inherit"
        >
          <SvgIcon>
            <path d="M8.59 16.34l4.58-4.59-4.58-4.59L10 5.75l6 6-6 6z" />
          </SvgIcon>
        </IconButton>
      </Box>
    </Box>
  )
}
