import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { getRouteApi } from '@tanstack/react-router'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { MembershipsTable } from './MembershipsTable'
import { PersonSearchForm } from './PersonSearchForm'
import {
  isLastOwner,
  personName,
  usePersonSearch,
  type Membership,
} from './personSearch'
import type { FoundMembership } from './useRemoveEverywhere'

const RemoveEverywhereDialog = lazy(() => import('./RemoveEverywhereDialog'))

const routeApi = getRouteApi('/authenticated/people')

/** Finds one person by email in every organization the user owns. */
export function PeoplePage() {
  const { t } = useTranslation()
  const { email } = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const search = usePersonSearch(email)

  return (
    <>
      <PageTitle title={t('people.heading')} />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('people.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('people.intro')}
      </Typography>
      <PersonSearchForm
        key={email ?? ''}
        email={email}
        searching={search.isFetching}
        onSearch={(next) => {
          if (next === email) void search.refetch()
          else void navigate({ search: { email: next } })
        }}
      />
      {email && search.isPending && (
        <Box role="status" sx={{ mt: 2 }}>
          <Typography>
            {search.progress
              ? t('people.searching', { ...search.progress })
              : t('people.readingOrganizations')}
          </Typography>
          <LinearProgress sx={{ mt: 1 }} />
        </Box>
      )}
      {search.isError && (
        <ErrorAlert
          error={search.error}
          title={t('people.loadFailed')}
          onRetry={() => void search.refetch()}
          retrying={search.isFetching}
        />
      )}
      {email && search.data && (
        <SearchResults
          email={email}
          memberships={search.data}
          onSearchAgain={() => void search.refetch()}
          searching={search.isFetching}
        />
      )}
    </>
  )
}

interface SearchResultsProps {
  email: string
  memberships: readonly Membership[]
  onSearchAgain: () => void
  searching: boolean
}

function SearchResults({
  email,
  memberships,
  onSearchAgain,
  searching,
}: SearchResultsProps) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<{
    memberships: FoundMembership[]
    open: boolean
  } | null>(null)
  const found = memberships.filter(
    (membership): membership is FoundMembership =>
      membership.state === 'member',
  )
  const absent = memberships.filter(
    (membership) => membership.state === 'absent',
  ).length
  const failed = memberships.filter(
    (membership) => membership.state === 'failed',
  )
  const removable = found.some((membership) => !isLastOwner(membership))
  const name = personName(memberships)
  const person = name ? `${name} (${email})` : email

  if (memberships.length === 0) {
    return <Typography sx={{ mt: 2 }}>{t('people.noOwned')}</Typography>
  }

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      {failed.map((membership) => (
        <ErrorAlert
          key={membership.organization.id}
          error={membership.state === 'failed' ? membership.error : null}
          title={t('people.listFailed', {
            organization: membership.organization.name,
          })}
          onRetry={onSearchAgain}
          retrying={searching}
        />
      ))}
      <Typography aria-live="polite">
        {found.length === 0
          ? t('people.notFound', { email, count: memberships.length })
          : t('people.found', { person, count: found.length })}
        {found.length > 0 && absent > 0 && (
          <> {t('people.absent', { count: absent })}</>
        )}
      </Typography>
      {found.length > 0 && (
        <MembershipsTable email={email} memberships={found} />
      )}
      {/* Where they are the only owner everywhere, the table's notes say why nothing can be removed. */}
      {removable && (
        <Box>
          <Button
            variant="contained"
            color="error"
            onClick={() => setDialog({ memberships: found, open: true })}
          >
            {t('people.removeAll')}
          </Button>
        </Box>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <RemoveEverywhereDialog
            open={dialog.open}
            email={email}
            name={name}
            memberships={dialog.memberships}
            onClose={() => setDialog({ ...dialog, open: false })}
            onExited={() => setDialog(null)}
          />
        </Suspense>
      )}
    </Stack>
  )
}
