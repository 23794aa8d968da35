import { afterEach, describe, expect, it } from 'vitest'
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from '../components/language'
import { i18n } from './i18n'

describe('chooseLanguage', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('switches, stores the choice and sets <html lang>', async () => {
    await chooseLanguage(i18n, 'it')

    expect(i18n.t('members.count', { count: 1234567 })).toBe('1.234.567 membri')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it')
    expect(document.documentElement.lang).toBe('it')
  })

  it('formats counts for each language', async () => {
    expect(i18n.t('members.count', { count: 1234567 })).toBe(
      '1,234,567 members',
    )
    expect(i18n.t('members.count', { count: 1 })).toBe('1 member')

    await chooseLanguage(i18n, 'it')
    expect(i18n.t('members.count', { count: 1 })).toBe('1 membro')
    expect(i18n.t('members.count', { count: 1_000_000 })).toBe(
      '1.000.000 di membri',
    )
  })
})
