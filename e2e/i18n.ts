import i18next, { type TFunction } from 'i18next'
import { en } from '../src/app/locales/en.ts'
import { it } from '../src/app/locales/it.ts'

/** The languages the tests walk the panel in, with the browser locale that picks each. */
export const LANGUAGES = [
  { language: 'en', locale: 'en-US' },
  { language: 'it', locale: 'it-IT' },
] as const

export type Language = (typeof LANGUAGES)[number]['language']

/**
 * Returns t() of the app's own catalogues in `language`, so a test finds
 * labels and messages by the text the panel shows in that language.
 */
export function translator(language: Language): TFunction {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: false,
    initAsync: false,
    resources: { en: { translation: en }, it: { translation: it } },
    interpolation: { escapeValue: false },
  })
  return instance.t
}
