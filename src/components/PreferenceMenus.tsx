import DarkModeIcon from '@mui/icons-material/DarkMode'
import LightModeIcon from '@mui/icons-material/LightMode'
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness'
import TranslateIcon from '@mui/icons-material/Translate'
import { useColorScheme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { ChoiceMenu } from './ChoiceMenu'
import {
  chooseLanguage,
  currentLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
} from './language'

/** Shows the language and theme menus, as in the app bar and on the sign-in screen. */
export function PreferenceMenus() {
  return (
    <>
      <LanguageMenu />
      <ColorModeMenu />
    </>
  )
}

export function LanguageMenu() {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n)
  const choices = LANGUAGES.map((value) => ({
    value,
    label: LANGUAGE_NAMES[value],
    lang: value,
  }))

  return (
    <ChoiceMenu
      label={t('app.language', { language: LANGUAGE_NAMES[language] })}
      icon={<TranslateIcon />}
      choices={choices}
      value={language}
      onChange={(value) => void chooseLanguage(i18n, value)}
    />
  )
}

const MODE_ICONS = {
  system: <SettingsBrightnessIcon />,
  light: <LightModeIcon />,
  dark: <DarkModeIcon />,
} as const

type Mode = keyof typeof MODE_ICONS

/** System, light or dark; MUI stores the choice and follows the system for `system`. */
export function ColorModeMenu() {
  const { t } = useTranslation()
  const { mode, setMode } = useColorScheme()
  if (!mode) return null

  const choices = (Object.keys(MODE_ICONS) as Mode[]).map((value) => ({
    value,
    label: t(`app.colorModes.${value}`),
    icon: MODE_ICONS[value],
  }))

  return (
    <ChoiceMenu
      label={t('app.colorMode', { mode: t(`app.colorModes.${mode}`) })}
      icon={MODE_ICONS[mode]}
      choices={choices}
      value={mode}
      onChange={setMode}
    />
  )
}
