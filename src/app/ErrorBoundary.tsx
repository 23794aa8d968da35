import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { Component, type ReactNode } from 'react'
import { i18n } from './i18n'

interface State {
  failed: boolean
}

/**
 * Last line of defence for a render error: a message and a Reload button
 * instead of a blank page. Errors the panel expects (API failures) are
 * shown where they happen and never reach this boundary.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <Box component="main" sx={{ p: 4 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => window.location.reload()}>
              {i18n.t('errors.reload')}
            </Button>
          }
        >
          {i18n.t('errors.pageCrashed')} {i18n.t('errors.unexpected')}
        </Alert>
      </Box>
    )
  }
}
