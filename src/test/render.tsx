import { ThemeProvider, createTheme } from '@mui/material/styles'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { configureClient } from '../api/client'
import { i18n } from '../app/i18n'
import { NotificationProvider } from '../components/Notifications'

/** Origin the tests' API calls go to; MSW answers them. */
export const TEST_ORIGIN = 'http://api.test'

/** Renders with the app's providers and a fresh query client that never retries. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  configureClient({
    baseUrl: TEST_ORIGIN,
    getToken: () => 'test-token',
    onUnauthorized: () => {},
  })
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={createTheme()}>
        <QueryClientProvider client={queryClient}>
          <NotificationProvider>{ui}</NotificationProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>,
  )
  return { ...result, queryClient }
}
