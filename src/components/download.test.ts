import { describe, expect, it } from 'vitest'
import { fileNameSlug, fileNameTime, localTimestamp } from './download'

describe('fileNameSlug', () => {
  it.each([
    ['Nordavia Logistica S.p.A.', 'nordavia-logistica-s-p-a'],
    ['Müller & Söhne Maschinenbau GmbH', 'muller-sohne-maschinenbau-gmbh'],
    ['Électricité Rhône-Alpes SAS', 'electricite-rhone-alpes-sas'],
    ['  --Rossi--  ', 'rossi'],
    ['王芳', ''],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%j becomes %j', (text, slug) => {
    expect(fileNameSlug(text)).toBe(slug)
  })
})

describe('timestamps', () => {
  const date = new Date(2026, 11, 4, 9, 5, 7)

  it('writes the local minute for file names', () => {
    expect(fileNameTime(date)).toBe('2026-12-04-0905')
  })

  it('writes ISO 8601 with the offset', () => {
    const text = localTimestamp(date)

    expect(text).toMatch(/^2026-12-04T09:05:07[+-]\d\d:\d\d$/)
    expect(new Date(text).getTime()).toBe(date.getTime())
  })
})
