import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import { memberQueries, type Member } from '../../api/members'
import { organizationQueries } from '../../api/organizations'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { RouterLink } from '../../components/RouterLinks'
import { MembersSkeleton } from './MembersSkeleton'
import { DEFAULT_PAGE_SIZE, formatSort, parseSort } from './membersSearch'
import { MembersTable, type TableView } from './MembersTable'

// The dialog is loaded on first use, so the table shows without its code.
const MemberDialog = lazy(() => import('./MemberDialog'))

const routeApi = getRouteApi(
  '/authenticated/organizations/$organizationId/members',
)

type DialogTarget = { mode: 'edit'; member: Member } | { mode: 'invite' }

export function MembersPage() {
  const { t } = useTranslation()
  const { organizationId: rawId } = routeApi.useParams()
  const organizationId = Number(rawId)
  const validId = Number.isInteger(organizationId) && organizationId > 0

  const organizations = useQuery(organizationQueries.list())
  const members = useQuery({
    ...memberQueries.list(organizationId),
    enabled: validId,
  })
  const [dialog, setDialog] = useState<{
    target: DialogTarget
    open: boolean
  } | null>(null)

  const organization = organizations.data?.find(
    (candidate) => candidate.id === organizationId,
  )
  const organizationName = organization?.name ?? t('members.heading')
  const view = useTableView()

  if (!validId) {
    return (
      <Typography role="alert">{t('members.organizationNotFound')}</Typography>
    )
  }

  return (
    <>
      <PageTitle title={organizationName} />
      <RouterLink to="/organizations" variant="body2">
        {t('members.backToOrganizations')}
      </RouterLink>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{
          alignItems: { sm: 'flex-end' },
          justifyContent: 'space-between',
          mt: 1,
          mb: 2,
        }}
      >
        <Box>
          <Typography
            variant="h4"
            component="h1"
            sx={{ overflowWrap: 'anywhere' }}
          >
            {organizationName}
          </Typography>
          <Typography color="text.secondary" aria-live="polite">
            {members.data
              ? t('members.count', { count: members.data.total })
              : '\u00a0'}
          </Typography>
        </Box>
        {members.isSuccess && (
          <Button
            variant="contained"
            onClick={() =>
              setDialog({ target: { mode: 'invite' }, open: true })
            }
          >
            {t('members.invite')}
          </Button>
        )}
      </Stack>
      {organizations.isError && (
        <Box sx={{ mb: 2 }}>
          <ErrorAlert
            error={organizations.error}
            title={t('members.organizationLoadFailed')}
            onRetry={() => void organizations.refetch()}
            retrying={organizations.isFetching}
          />
        </Box>
      )}
      {members.isPending && <MembersSkeleton />}
      {members.isError && (
        <ErrorAlert
          error={members.error}
          title={
            isApiError(members.error) && members.error.status === 404
              ? t('members.organizationNotFound')
              : t('members.loadFailed')
          }
          onRetry={() => void members.refetch()}
          retrying={members.isFetching}
        />
      )}
      {members.isSuccess && members.data.members.length === 0 && (
        <Typography sx={{ py: 4 }}>{t('members.empty')}</Typography>
      )}
      {members.isSuccess && members.data.members.length > 0 && (
        <>
          {members.data.total !== members.data.members.length && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('members.totalMismatch', {
                total: members.data.total,
                count: members.data.members.length,
              })}
            </Typography>
          )}
          <MembersTable
            members={members.data.members}
            organizationName={organizationName}
            view={view.value}
            onViewChange={view.change}
            onEdit={(member) =>
              setDialog({ target: { mode: 'edit', member }, open: true })
            }
          />
        </>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <MemberDialog
            open={dialog.open}
            organization={{ id: organizationId, name: organizationName }}
            member={
              dialog.target.mode === 'edit' ? dialog.target.member : undefined
            }
            onClose={() => setDialog({ ...dialog, open: false })}
            onExited={() => setDialog(null)}
          />
        </Suspense>
      )}
    </>
  )
}

/** The table's sort and page, read from and written to the URL. */
function useTableView(): {
  value: TableView
  change: (view: TableView) => void
} {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const value: TableView = {
    sort: parseSort(search.sort),
    pageIndex: (search.page ?? 1) - 1,
    pageSize: search.size ?? DEFAULT_PAGE_SIZE,
  }
  const change = (next: TableView) => {
    void navigate({
      search: (previous) => ({
        ...previous,
        sort: formatSort(next.sort),
        page: next.pageIndex > 0 ? next.pageIndex + 1 : undefined,
        size:
          next.pageSize === DEFAULT_PAGE_SIZE
            ? undefined
            : (next.pageSize as 25 | 50 | 100),
      }),
    })
  }
  return { value, change }
}
