import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import Toolbar from '@mui/material/Toolbar'
import { useQueryClient } from '@tanstack/react-query'
import { Outlet, useRouter } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { RouterLink } from '../components/RouterLinks'
import { signOut } from './session'

// The picker loads with the page under it, so sign-in does not wait for its code.
const OrganizationPicker = lazy(() =>
  import('../features/organizations/OrganizationPicker').then((module) => ({
    default: module.OrganizationPicker,
  })),
)

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
            // On a phone the picker takes the room; the pages link back home.
            sx={{
              flexGrow: 1,
              fontWeight: 600,
              display: { xs: 'none', sm: 'block' },
            }}
          >
            {t('app.title')}
          </RouterLink>
          <Suspense fallback={null}>
            <OrganizationPicker />
          </Suspense>
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
