import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { currentLanguage } from '../components/language'
import { NotificationProvider } from '../components/Notifications'
import { i18n } from './i18n'
import { createQueryClient } from './queryClient'
import { createAppRouter } from './router'
import { connectClient } from './session'
import { createAppTheme } from './theme'

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
connectClient(router, queryClient)

/** Key in localStorage of the theme chosen in the menu: system, light or dark. */
const COLOR_MODE_STORAGE_KEY = 'aegister.colorMode'

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <AppThemeProvider>
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <NotificationProvider>
            <RouterProvider router={router} />
          </NotificationProvider>
        </QueryClientProvider>
      </AppThemeProvider>
    </I18nextProvider>
  )
}

/**
 * Provides the MUI theme in the current language. The mode follows the system
 * until the user picks one, which MUI then keeps in localStorage.
 */
function AppThemeProvider({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation()
  const language = currentLanguage(instance)
  const theme = useMemo(() => createAppTheme(language), [language])

  return (
    <ThemeProvider
      theme={theme}
      defaultMode="system"
      modeStorageKey={COLOR_MODE_STORAGE_KEY}
      // Rendered only in the browser, so the stored mode is known on the first render.
      noSsr
      disableTransitionOnChange
    >
      {children}
    </ThemeProvider>
  )
}
