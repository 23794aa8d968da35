import Avatar from '@mui/material/Avatar'
import List from '@mui/material/List'
import ListItemAvatar from '@mui/material/ListItemAvatar'
import ListItemText from '@mui/material/ListItemText'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { organizationQueries, type Organization } from '../../api/organizations'
import { ErrorAlert } from '../../components/ErrorAlert'
import { httpsImageUrl } from '../../components/httpsImageUrl'
import { PageTitle } from '../../components/PageTitle'
import { RouterListItemButton } from '../../components/RouterLinks'

export function OrganizationsPage() {
  const { t } = useTranslation()
  const query = useQuery(organizationQueries.list())

  return (
    <>
      <PageTitle title={t('organizations.heading')} />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('organizations.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {query.data
          ? `${t('organizations.intro')} ${t('organizations.count', { count: query.data.length })}.`
          : t('organizations.intro')}
      </Typography>
      <OrganizationsContent query={query} />
    </>
  )
}

function OrganizationsContent({
  query,
}: {
  query: ReturnType<typeof useQuery<Organization[]>>
}) {
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
  if (query.isError) {
    return (
      <ErrorAlert
        error={query.error}
        title={t('organizations.loadFailed')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  if (query.data.length === 0) {
    return <Typography>{t('organizations.empty')}</Typography>
  }

  return (
    <Paper variant="outlined">
      <List aria-label={t('organizations.heading')}>
        {query.data.map((organization) => (
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
      slotProps={{ img: { referrerPolicy: 'no-referrer' } }}
    >
      {organization.name.slice(0, 1).toUpperCase()}
    </Avatar>
  )
}
