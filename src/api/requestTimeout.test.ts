import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  parseRequestTimeout,
} from './requestTimeout'

describe('parseRequestTimeout', () => {
  it.each([
    [undefined, DEFAULT_REQUEST_TIMEOUT_MS],
    ['', DEFAULT_REQUEST_TIMEOUT_MS],
    ['  ', DEFAULT_REQUEST_TIMEOUT_MS],
    ['1000', 1000],
    [' 30000 ', 30_000],
    ['120000', 120_000],
  ])('reads %j as %i ms', (value, expected) => {
    expect(parseRequestTimeout(value)).toBe(expected)
  })

  it.each(['999', '120001', '15s', '1.5e4', '-5000', '15000.5', 'abc'])(
    'rejects %j naming the variable',
    (value) => {
      expect(() => parseRequestTimeout(value)).toThrow(
        /^VITE_AEGISTER_TIMEOUT_MS: ".*" is not a whole number of milliseconds from 1000 to 120000/,
      )
    },
  )
})
