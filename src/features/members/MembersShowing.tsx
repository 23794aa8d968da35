import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'

interface MembersShowingProps {
  /** Zero-based index of the page shown. */
  pageIndex: number
  pageSize: number
  /** Members that match the filters. */
  matching: number
  /** Members of the organization. */
  total: number
}

/** "Showing 1–25 of 212", with how many there are before filtering when filtered. */
export function MembersShowing({
  pageIndex,
  pageSize,
  matching,
  total,
}: MembersShowingProps) {
  const { t } = useTranslation()
  const from = matching === 0 ? 0 : pageIndex * pageSize + 1
  const to = Math.min(matching, (pageIndex + 1) * pageSize)
  const values = { from, to, count: matching, total }

  return (
    <Typography
      variant="body2"
      color="text.secondary"
      role="status"
      sx={{ mb: 1 }}
    >
      {t(
        matching === total ? 'members.showing' : 'members.showingFiltered',
        values,
      )}
    </Typography>
  )
}
