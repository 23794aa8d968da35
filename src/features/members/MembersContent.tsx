import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import type { Member, MemberList } from '../../api/members'
import { ErrorAlert } from '../../components/ErrorAlert'
import { clampPageIndex, type MembersView } from './membersSearch'
import { MembersShowing } from './MembersShowing'
import { MembersSkeleton } from './MembersSkeleton'
import { MembersTable, type TableManagement } from './MembersTable'
import { StaleMatchesContext } from './MembersTableBody'

interface MembersContentProps {
  query: UseQueryResult<MemberList>
  /** The caller's rights are still loading, so the table would change its columns. */
  accessPending: boolean
  /** The members that match the filters. */
  matching: Member[]
  organizationName: string
  view: MembersView
  /** The matches lag behind the search, filter or sort asked for. */
  stale: boolean
  onViewChange: (changes: Partial<MembersView>) => void
  onClearFilters: () => void
  management: TableManagement | null
}

/** Shows the table, or in its place loading rows, an error or a line saying there are no members. */
export function MembersContent({
  query,
  accessPending,
  matching,
  organizationName,
  view,
  stale,
  onViewChange,
  onClearFilters,
  management,
}: MembersContentProps) {
  const { t } = useTranslation()

  if (query.isPending || accessPending) return <MembersSkeleton />
  if (query.isError) {
    return (
      <ErrorAlert
        error={query.error}
        title={
          isApiError(query.error) && query.error.status === 404
            ? t('members.organizationNotFound')
            : t('members.loadFailed')
        }
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }

  const { members, total } = query.data
  if (members.length === 0) {
    return <Typography sx={{ py: 4 }}>{t('members.empty')}</Typography>
  }
  if (matching.length === 0) {
    return (
      <Stack spacing={1} sx={{ py: 4, alignItems: 'flex-start' }}>
        <Typography role="status">{t('members.noMatch')}</Typography>
        <Button onClick={onClearFilters}>{t('members.clearFilters')}</Button>
      </Stack>
    )
  }

  return (
    <>
      {total !== members.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('members.totalMismatch', { total, count: members.length })}
        </Typography>
      )}
      <MembersShowing
        pageIndex={clampPageIndex(
          view.pageIndex,
          matching.length,
          view.pageSize,
        )}
        pageSize={view.pageSize}
        matching={matching.length}
        total={members.length}
      />
      <StaleMatchesContext value={stale}>
        <MembersTable
          members={matching}
          organizationName={organizationName}
          view={view}
          onViewChange={onViewChange}
          management={management}
        />
      </StaleMatchesContext>
    </>
  )
}
