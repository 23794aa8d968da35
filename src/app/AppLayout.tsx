import KeyboardIcon from '@mui/icons-material/Keyboard'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import IconButton from '@mui/material/IconButton'
import Toolbar from '@mui/material/Toolbar'
import { useQueryClient } from '@tanstack/react-query'
import { Outlet, useRouter } from '@tanstack/react-router'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PreferenceMenus } from '../components/PreferenceMenus'
import { RouterButton, RouterLink } from '../components/RouterLinks'
import { focusShortcutTarget, useShortcuts } from '../components/useShortcuts'
import { ChangesButton } from '../features/changes/ChangesButton'
import { signOut } from './session'

// Loaded on first use: most visits never open the list of shortcuts.
const ShortcutsDialog = lazy(() =>
  import('../components/ShortcutsDialog').then((module) => ({
    default: module.ShortcutsDialog,
  })),
)

// The picker (Autocomplete, TextField, Popper) is fetched when the bar
// first renders, never on the sign-in screen, which has no bar.
const OrganizationPicker = lazy(() =>
  import('../features/organizations/OrganizationPicker').then((module) => ({
    default: module.OrganizationPicker,
  })),
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
  // Null until the help dialog first opens, so its code loads only then.
  const [helpOpen, setHelpOpen] = useState<boolean | null>(null)

  useShortcuts({
    '/': () => focusShortcutTarget('search'),
    '?': () => setHelpOpen(true),
  })

  return (
    <>
      <SkipLink />
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        // On a phone the bar wraps to several rows, so it scrolls away with
        // the page instead of covering a third of the screen.
        sx={{
          borderBottom: 1,
          borderColor: 'divider',
          position: { xs: 'static', sm: 'sticky' },
        }}
      >
        {/* Room above the picker for its label, which sits on its border. */}
        <Toolbar
          sx={{
            flexWrap: 'wrap',
            columnGap: 1,
            pt: { xs: 1.5, sm: 0.5 },
            pb: 0.5,
          }}
        >
          <RouterLink
            to="/organizations"
            underline="none"
            color="inherit"
            variant="h6"
            // On a phone the picker takes the room; the pages link back home.
            sx={{
              fontWeight: 600,
              mr: 1,
              display: { xs: 'none', sm: 'block' },
            }}
          >
            {t('app.title')}
          </RouterLink>
          <Suspense fallback={<Box sx={PICKER_SIZE} />}>
            <OrganizationPicker sx={PICKER_SIZE} />
          </Suspense>
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              justifyContent: 'flex-end',
              alignItems: 'center',
              gap: 0.5,
              ml: 'auto',
            }}
          >
            <RouterButton
              to="/people"
              color="inherit"
              sx={{ whiteSpace: 'nowrap' }}
            >
              {t('people.navLink')}
            </RouterButton>
            <ChangesButton />
            <IconButton
              color="inherit"
              aria-label={t('app.shortcuts')}
              title={t('app.shortcuts')}
              onClick={() => setHelpOpen(true)}
            >
              <KeyboardIcon />
            </IconButton>
            <PreferenceMenus />
            <Button
              color="inherit"
              onClick={() => signOut(router, queryClient, 'signed-out')}
            >
              {t('app.signOut')}
            </Button>
          </Box>
        </Toolbar>
      </AppBar>
      <Container
        component="main"
        id="main"
        maxWidth="lg"
        sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}
        tabIndex={-1}
      >
        <Box>
          <Outlet />
        </Box>
      </Container>
      {helpOpen !== null && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  )
}

/**
 * Renders the first stop of the Tab key, a link that moves the focus past
 * the app bar to the page's content. The focus is moved by hand so the address does not
 * gain `#main`, which would then travel in copied links.
 */
function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault()
        document.getElementById('main')?.focus()
      }}
    >
      {t('app.skipToContent')}
    </a>
  )
}
