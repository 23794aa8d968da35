import { describe, expect, it as test } from 'vitest'
import { ROLES } from '../../api/roles'
import { LANGUAGES, type Language } from '../../components/language'
import { en } from './en'
import { it } from './it'

const catalogues: Record<Language, object> = { en, it }

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** Lists every leaf of a catalogue as a dotted key with its text. */
function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null) {
      for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text)
    } else {
      leaves.set(path, value)
    }
  }
  return leaves
}

/** Returns the keys a caller passes to t(), plural forms as their base key. */
function callableKeys(language: Language): Set<string> {
  const keys = [...flatten(catalogues[language]).keys()]
  return new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')))
}

/** Plural suffixes each plural key has, by base key. */
function pluralForms(language: Language): Map<string, string[]> {
  const forms = new Map<string, string[]>()
  for (const key of flatten(catalogues[language]).keys()) {
    const match = PLURAL_SUFFIX.exec(key)
    if (!match?.[1]) continue
    const base = key.slice(0, match.index)
    forms.set(base, [...(forms.get(base) ?? []), match[1]].sort())
  }
  return forms
}

/** Interpolations and nested keys of a text, such as `{{count, number}}`. */
function placeholders(text: string): string[] {
  return (text.match(/\{\{[^}]+\}\}|\$t\([^)]*\)/g) ?? []).sort()
}

describe('catalogues', () => {
  const english = callableKeys('en')

  test.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has the same keys as English',
    (language) => {
      const other = callableKeys(language)
      const missing = [...english].filter((key) => !other.has(key))
      const extra = [...other].filter((key) => !english.has(key))

      expect(missing, `keys missing in ${language}`).toEqual([])
      expect(extra, `keys in ${language} that English lacks`).toEqual([])
    },
  )

  test.each(LANGUAGES)('%s has the plural forms it needs', (language) => {
    const needed = [
      ...new Intl.PluralRules(language).resolvedOptions().pluralCategories,
    ].sort()
    for (const [base, forms] of pluralForms(language)) {
      // i18next also reads an optional `_zero` form for a count of 0 in
      // every language, so it may stand beside the language's own forms.
      const own = forms.filter((form) => form !== 'zero')
      expect(own, `plural forms of ${base} in ${language}`).toEqual(needed)
    }
  })

  test.each(LANGUAGES)('%s has no empty text', (language) => {
    for (const [key, text] of flatten(catalogues[language])) {
      expect(typeof text, `type of ${key}`).toBe('string')
      expect((text as string).trim(), `text of ${key}`).not.toBe('')
    }
  })

  test.each(LANGUAGES)('%s keeps the English placeholders', (language) => {
    const texts = flatten(catalogues[language])
    for (const [key, englishText] of flatten(en)) {
      const base = key.replace(PLURAL_SUFFIX, '')
      const translated =
        texts.get(key) ?? texts.get(`${base}_other`) ?? texts.get(base)
      // The singular form may leave the number out, as in "l'altra
      // organizzazione" for one.
      const expected = placeholders(englishText as string).filter(
        (placeholder) =>
          !(key.endsWith('_one') && placeholder.startsWith('{{count')),
      )
      const found = placeholders(String(translated)).filter(
        (placeholder) =>
          !(key.endsWith('_one') && placeholder.startsWith('{{count')),
      )
      expect(found, `placeholders of ${key} in ${language}`).toEqual(expected)
    }
  })

  test('every role has a label', () => {
    for (const role of ROLES) expect(english).toContain(`roles.${role}`)
  })
})

const sources = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
)

const SECTIONS = Object.keys(en).join('|')
/** The first argument of t(…) or i18n.t(…) when it is a string literal. */
const T_CALL = /\bt\(\s*(['"])([^'"]+)\1/g
/** Any string literal shaped like a key of the catalogue, as in a zod message. */
const KEY_LITERAL = new RegExp(`(['"])((?:${SECTIONS})\\.[\\w.]+)\\1`, 'g')

/** Lists each literal key once per file that uses it. */
function usedKeys(): { file: string; key: string }[] {
  const used: { file: string; key: string }[] = []
  for (const [file, text] of Object.entries(sources)) {
    const keys = new Set<string>()
    for (const pattern of [T_CALL, KEY_LITERAL]) {
      for (const match of text.matchAll(pattern)) {
        if (match[2]) keys.add(match[2])
      }
    }
    for (const key of keys) used.push({ file, key })
  }
  return used
}

describe('keys used in the sources', () => {
  const english = callableKeys('en')
  const used = usedKeys()

  test('are found', () => {
    // A scan that finds nothing would pass the test below without checking.
    expect(used.length).toBeGreaterThan(50)
  })

  test('are all in the English catalogue', () => {
    const missing = used.filter(({ key }) => !english.has(key))
    expect(missing).toEqual([])
  })
})
