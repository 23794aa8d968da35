import { Outlet } from '@tanstack/react-router'
import { ErrorBoundary } from './ErrorBoundary'

export function RootLayout() {
  return (
    <ErrorBoundary>
      <Outlet />
    </ErrorBoundary>
  )
}
