// First, so a token in the address bar is gone before any other module reads the URL.
import './app/removeTokenFromAddress'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { i18nReady } from './app/i18n'
import './app/global.css'

const container = document.getElementById('root')
if (!container)
  throw new Error('The page has no #root element to mount the panel in')

// The first screen renders in the user's language, once its catalogue is
// in. Should the Italian one fail to load, English (the fallback) shows.
await i18nReady.catch(() => undefined)

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
