import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import { useTranslation } from 'react-i18next'

const SKELETON_ROWS = 8

/** Placeholder rows while the member list loads. */
export function MembersSkeleton() {
  const { t } = useTranslation()
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1 }}
      aria-busy="true"
      aria-label={t('members.loading')}
      role="status"
    >
      {Array.from({ length: SKELETON_ROWS }, (_, row) => (
        <Skeleton key={row} variant="text" height={40} />
      ))}
    </Paper>
  )
}
