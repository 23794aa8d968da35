import { describe, expect, it } from 'vitest'
import { httpsImageUrl } from './httpsImageUrl'

describe('httpsImageUrl', () => {
  const cases: Array<[string, string | undefined]> = [
    [
      'https://static.example.com/logo.png',
      'https://static.example.com/logo.png',
    ],
    [
      'HTTPS://Static.Example.com/logo.png',
      'https://static.example.com/logo.png',
    ],
    ['https://127.0.0.1:9/logo.png', 'https://127.0.0.1:9/logo.png'],
    ['http://static.example.com/logo.png', undefined],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:image/svg+xml,<svg onload=alert(1)>', undefined],
    ['//static.example.com/logo.png', undefined],
    ['/logo.png', undefined],
    ['logo.png', undefined],
    ['ftp://static.example.com/logo.png', undefined],
    ['blob:https://static.example.com/1234', undefined],
    ['', undefined],
  ]

  it.each(cases)('%j gives %j', (address, expected) => {
    expect(httpsImageUrl(address)).toBe(expected)
  })
})
