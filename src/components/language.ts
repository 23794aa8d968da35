import type { i18n as I18n } from 'i18next'

/** Languages the panel is translated into; the first is the fallback. */
export const LANGUAGES = ['en', 'it'] as const

export type Language = (typeof LANGUAGES)[number]

/** Each language's name in itself, so a reader finds their own in the menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  it: 'Italiano',
}

/** Key in localStorage of the language the user chose in a menu. */
export const LANGUAGE_STORAGE_KEY = 'aegister.language'

export function isLanguage(value: unknown): value is Language {
  return (
    typeof value === 'string' &&
    (LANGUAGES as readonly string[]).includes(value)
  )
}

/**
 * Picks the panel's language: the user's stored choice, else the first
 * browser language the panel has (`it-IT` counts as `it`), else English.
 */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase()
    if (isLanguage(primary)) return primary
  }
  return LANGUAGES[0]
}

export function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    // Storage can be disabled; the browser's languages decide then.
    return null
  }
}

/**
 * Switches the panel to `language` and remembers the choice on this
 * device. Only an explicit choice is stored, so a user who never picks one
 * keeps following the browser's languages.
 */
export async function chooseLanguage(
  i18n: I18n,
  language: Language,
): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Without storage the choice lasts until the page reloads.
  }
  await i18n.changeLanguage(language)
}

/** Returns the language the i18n instance shows, narrowed to the panel's own. */
export function currentLanguage(i18n: I18n): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language
  return isLanguage(resolved) ? resolved : LANGUAGES[0]
}
