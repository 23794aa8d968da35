import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import Toolbar from '@mui/material/Toolbar'
import { useQueryClient } from '@tanstack/react-query'
import { Outlet, useRouter } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { RouterLink } from '../components/RouterLinks'
import { OrganizationPicker } from '../features/organizations/OrganizationPicker'
import { signOut } from './session'

export function AppLayout() {
  const { t } = useTranslation()
  const router = useRouter()
  const queryClient = useQueryClient()

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <RouterLink
            to="/organizations"
            underline="none"
            color="inherit"
            variant="h6"
            sx={{ flexGrow: 1, fontWeight: 600 }}
          >
            {t('app.title')}
          </RouterLink>
          <OrganizationPicker />
          <Button
            color="inherit"
            onClick={() => signOut(router, queryClient, 'signed-out')}
          >
            {t('app.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Container
        component="main"
        id="main"
        maxWidth="lg"
        sx={{ py: 3 }}
        tabIndex={-1}
      >
        <Box>
          <Outlet />
        </Box>
      </Container>
    </>
  )
}
