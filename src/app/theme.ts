import { enUS, itIT, type Localization } from '@mui/material/locale'
import { createTheme, type ThemeOptions } from '@mui/material/styles'
import type { Language } from '../components/language'

/**
 * Contrast MUI needs before it puts white text on a color. Its default of
 * 3 let white text on the dark theme's green confirmations pass at 4.1:1,
 * below the 4.5:1 that WCAG AA requires of normal text.
 */
const AA_CONTRAST = 4.5

const themeOptions: ThemeOptions = {
  cssVariables: {
    // The color scheme is set by an attribute on <html>, not only by the
    // system setting, so the theme menu can override the system.
    colorSchemeSelector: 'data',
  },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        // MUI's default red falls below a 4.5:1 contrast on a selected row.
        error: { main: '#c62828' },
        contrastThreshold: AA_CONTRAST,
      },
    },
    dark: {
      palette: {
        primary: { main: '#7ab8ff' },
        // MUI's default red is 4.2:1 on a hovered dark row, below 4.5:1.
        error: { main: '#ff8a80' },
        contrastThreshold: AA_CONTRAST,
      },
    },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
  },
}

/** MUI's own texts (pagination labels, close buttons) in each language. */
const MUI_LOCALES: Record<Language, Localization> = { en: enUS, it: itIT }

export function createAppTheme(language: Language) {
  return createTheme(themeOptions, MUI_LOCALES[language])
}
