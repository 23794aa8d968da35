import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { I18nextProvider } from 'react-i18next'
import { NotificationProvider } from '../components/Notifications'
import { i18n } from './i18n'
import { createQueryClient } from './queryClient'
import { createAppRouter } from './router'
import { connectClient } from './session'
import { theme } from './theme'

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
connectClient(router, queryClient)

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <NotificationProvider>
            <RouterProvider router={router} />
          </NotificationProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  )
}
