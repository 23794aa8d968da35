import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  detectLanguage,
  LANGUAGES,
  readStoredLanguage,
} from '../components/language'
import { en } from './locales/en'
import { it } from './locales/it'

export const i18n = i18next.createInstance()

// <html lang> names the language the page is in, so screen readers
// pronounce it right and the browser offers to translate only when it
// should. The listener is attached before init so the first language counts.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

void i18n.use(initReactI18next).init({
  lng: detectLanguage(readStoredLanguage(), navigator.languages),
  fallbackLng: LANGUAGES[0],
  supportedLngs: [...LANGUAGES],
  resources: { en: { translation: en }, it: { translation: it } },
  interpolation: { escapeValue: false },
  returnNull: false,
})
