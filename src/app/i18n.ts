import i18next, { type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  detectLanguage,
  LANGUAGES,
  readStoredLanguage,
} from '../components/language'
import { en } from './locales/en'

export const i18n = i18next.createInstance()

// <html lang> names the language the page is in, so screen readers
// pronounce it right and the browser offers to translate only when it
// should. The listener is attached before init so the first language counts.
i18n.on('languageChanged', (language) => {
  // Node, where the integration tests use the catalogue, has no document.
  if (typeof document !== 'undefined') document.documentElement.lang = language
})

/**
 * Serves English from the bundle and loads Italian on demand, so an
 * English first screen does not download the Italian catalogue (about 5
 * KiB gzip). i18next waits for it before it switches language.
 */
const catalogueLoader: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (language !== 'it') {
      callback(null, en)
      return
    }
    import('./locales/it').then(
      (module) => callback(null, module.it),
      (error: unknown) =>
        callback(
          error instanceof Error ? error : new Error(String(error)),
          null,
        ),
    )
  },
}

/** Settles once the first language's catalogue is in; main.tsx renders after it. */
export const i18nReady = i18n
  .use(catalogueLoader)
  .use(initReactI18next)
  .init({
    lng: detectLanguage(readStoredLanguage(), navigator.languages),
    fallbackLng: LANGUAGES[0],
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
