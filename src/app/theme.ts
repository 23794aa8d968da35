import { createTheme } from '@mui/material/styles'

export const theme = createTheme({
  cssVariables: true,
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        // MUI's default red falls below a 4.5:1 contrast on a selected row.
        error: { main: '#c62828' },
      },
    },
    dark: { palette: { primary: { main: '#7ab8ff' } } },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
  },
})
