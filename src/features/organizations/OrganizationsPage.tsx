import Avatar from '@mui/material/Avatar'
import Button from '@mui/material/Button'
import List from '@mui/material/List'
import ListItemAvatar from '@mui/material/ListItemAvatar'
import ListItemText from '@mui/material/ListItemText'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Typography from '@mui/material/Typography'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { organizationQueries, type Organization } from '../../api/organizations'
import { ErrorAlert } from '../../components/ErrorAlert'
import { httpsImageUrl } from '../../components/httpsImageUrl'
import { PageTitle } from '../../components/PageTitle'
import { RouterListItemButton } from '../../components/RouterListItemButton'

type OrganizationPages = ReturnType<typeof useOrganizationPages>

/** The caller's organizations a page at a time, shared with the app bar's picker. */
function useOrganizationPages() {
  return useInfiniteQuery({
    ...organizationQueries.pages(),
    select: (data) => ({
      organizations: data.pages.flatMap((page) => page.organizations),
      total: data.pages[0]?.total ?? 0,
    }),
  })
}

export function OrganizationsPage() {
  const { t } = useTranslation()
  const query = useOrganizationPages()

  return (
    <>
      <PageTitle title={t('organizations.heading')} />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('organizations.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {query.data
          ? `${t('organizations.intro')} ${t('organizations.count', { count: query.data.total })}.`
          : t('organizations.intro')}
      </Typography>
      <OrganizationsContent query={query} />
    </>
  )
}

function OrganizationsContent({ query }: { query: OrganizationPages }) {
  const { t } = useTranslation()

  if (query.isPending) {
    return (
      <Paper variant="outlined" aria-busy="true">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} variant="rectangular" height={56} sx={{ m: 1 }} />
        ))}
      </Paper>
    )
  }
  const failure = query.isError && (
    <ErrorAlert
      error={query.error}
      title={t('organizations.loadFailed')}
      onRetry={() =>
        void (query.data ? query.fetchNextPage() : query.refetch())
      }
      retrying={query.isFetching}
    />
  )
  // A failed first page leaves nothing to show; a failed later page keeps
  // the ones already loaded above its error.
  if (!query.data) return failure
  if (query.data.organizations.length === 0) {
    return <Typography>{t('organizations.empty')}</Typography>
  }

  return (
    <Paper variant="outlined">
      <List aria-label={t('organizations.heading')}>
        {query.data.organizations.map((organization) => (
          <li key={organization.id}>
            <RouterListItemButton
              to="/organizations/$organizationId/members"
              params={{ organizationId: String(organization.id) }}
            >
              <ListItemAvatar>
                <OrganizationAvatar organization={organization} />
              </ListItemAvatar>
              <ListItemText
                primary={organization.name}
                secondary={
                  organization.description || organization.domains.join(', ')
                }
              />
            </RouterListItemButton>
          </li>
        ))}
      </List>
      {query.hasNextPage && (
        <Button
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          sx={{ m: 1 }}
        >
          {t('organizations.showMore', {
            shown: query.data.organizations.length,
            total: query.data.total,
          })}
        </Button>
      )}
      {failure}
    </Paper>
  )
}

/** Shows the logo only from an https address; anything else gets the initial. */
function OrganizationAvatar({ organization }: { organization: Organization }) {
  const logo = httpsImageUrl(organization.logo)
  return (
    <Avatar
      src={logo}
      alt=""
      variant="rounded"
      // MUI's default, white on light grey, has a contrast of 1.8:1.
      sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}
      slotProps={{ img: { referrerPolicy: 'no-referrer' } }}
    >
      {organization.name.slice(0, 1).toUpperCase()}
    </Avatar>
  )
}
