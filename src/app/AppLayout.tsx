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

// The picker's code is fetched as the app starts but kept out of the
// first chunk, so the sign-in screen does not wait for it.
const pickerModule = import('../features/organizations/OrganizationPicker')
const OrganizationPicker = lazy(() =>
  pickerModule.then((module) => ({ default: module.OrganizationPicker })),
)

/** The picker's room in the bar, kept while its code loads so nothing shifts. */
const PICKER_SIZE = {
  width: { xs: 'auto', sm: 320 },
  flexGrow: { xs: 1, sm: 0 },
  minHeight: 40,
} as const

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
          <Suspense fallback={<Box sx={PICKER_SIZE} />}>
            <OrganizationPicker sx={PICKER_SIZE} />
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
