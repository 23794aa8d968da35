import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language'

describe('detectLanguage', () => {
  const cases = [
    { stored: null, browser: ['it-IT', 'en-US'], expected: 'it' },
    { stored: null, browser: ['de-DE', 'it'], expected: 'it' },
    { stored: null, browser: ['en-GB', 'it-IT'], expected: 'en' },
    { stored: null, browser: ['IT-ch'], expected: 'it' },
    { stored: null, browser: ['de-DE', 'fr-FR'], expected: 'en' },
    { stored: null, browser: [], expected: 'en' },
    { stored: 'en', browser: ['it-IT'], expected: 'en' },
    { stored: 'it', browser: ['en-US'], expected: 'it' },
    { stored: 'fr', browser: ['it-IT'], expected: 'it' },
  ] as const

  it.each(cases)(
    'picks $expected for $stored and $browser',
    ({ stored, browser, expected }) => {
      expect(detectLanguage(stored, browser)).toBe(expected)
    },
  )
})
