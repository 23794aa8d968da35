import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import ListItemButton from '@mui/material/ListItemButton'
import { createLink } from '@tanstack/react-router'

/** MUI components that navigate inside the panel as real links, typed against the routes. */
export const RouterLink = createLink(Link)
export const RouterButton = createLink(Button)
export const RouterListItemButton = createLink(ListItemButton)
