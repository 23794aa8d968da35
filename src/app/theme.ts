import { enUS, itIT, type Localization } from '@mui/material/locale'
import { createTheme, type ThemeOptions } from '@mui/material/styles'
import type { Language } from '../components/language'

const themeOptions: ThemeOptions = {
  cssVariables: {
    // The color scheme is set by an attribute on <html>, not only by the
    // system setting, so the theme menu can override the system.
    colorSchemeSelector: 'data',
  },
  colorSchemes: {
    light: { palette: { primary: { main: '#0b5cad' } } },
    dark: { palette: { primary: { main: '#7ab8ff' } } },
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
