import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import { createLink } from '@tanstack/react-router'

/**
 * MUI components that navigate inside the panel as real links, typed
 * against the routes. The app bar and the not-found page use these, so
 * this module is in the entry chunk. A link made from a component that
 * only a page uses goes in a file of its own, like RouterListItemButton.
 */
export const RouterLink = createLink(Link)
export const RouterButton = createLink(Button)
