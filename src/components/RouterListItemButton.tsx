import ListItemButton from '@mui/material/ListItemButton'
import { createLink } from '@tanstack/react-router'

/** A list item that navigates inside the panel as a real link, typed against the routes. */
export const RouterListItemButton = createLink(ListItemButton)
