import { describe, expect, it } from 'vitest'
import {
  markMembers,
  MAX_INVITES,
  parseInviteList,
  splitAddresses,
} from './inviteList'

describe('splitAddresses', () => {
  const cases: { name: string; text: string; addresses: string[] }[] = [
    { name: 'empty text', text: '', addresses: [] },
    { name: 'only separators', text: ' ,;\n\t ; , ', addresses: [] },
    { name: 'one address', text: 'ada@x.it', addresses: ['ada@x.it'] },
    {
      name: 'surrounding spaces',
      text: '   ada@x.it  ',
      addresses: ['ada@x.it'],
    },
    {
      name: 'commas',
      text: 'ada@x.it,bob@y.com',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'semicolons with spaces',
      text: 'ada@x.it ; bob@y.com;',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'spaces and tabs',
      text: 'ada@x.it bob@y.com\tcy@z.org',
      addresses: ['ada@x.it', 'bob@y.com', 'cy@z.org'],
    },
    {
      name: 'new lines, Windows and Unix',
      text: 'ada@x.it\r\nbob@y.com\ncy@z.org\r',
      addresses: ['ada@x.it', 'bob@y.com', 'cy@z.org'],
    },
    {
      name: 'blank entries between separators',
      text: 'ada@x.it,, ;\n\n,bob@y.com',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'display name and angle address',
      text: 'Ada Lovelace <ada@x.it>',
      addresses: ['ada@x.it'],
    },
    {
      name: 'quoted display name with a comma',
      text: '"Lovelace, Ada" <ada@x.it>, Bob <bob@y.com>',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'angle address without a name',
      text: '<ada@x.it>;<bob@y.com>',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'spaces inside angle brackets',
      text: 'Ada < ada@x.it >',
      addresses: ['ada@x.it'],
    },
    {
      name: 'bare address then a named one',
      text: 'bob@y.com Ada <ada@x.it>',
      addresses: ['bob@y.com', 'ada@x.it'],
    },
    {
      name: 'mailto prefix',
      text: 'mailto:ada@x.it MAILTO:bob@y.com',
      addresses: ['ada@x.it', 'bob@y.com'],
    },
    {
      name: 'a word without an address stays an entry',
      text: 'Ada ada@x.it',
      addresses: ['Ada', 'ada@x.it'],
    },
    {
      name: 'unclosed angle bracket',
      text: 'Ada <ada@x.it, bob@y.com',
      addresses: ['Ada', '<ada@x.it', 'bob@y.com'],
    },
    {
      name: 'unclosed quote ends at the line',
      text: '"Ada ada@x.it\nbob@y.com',
      addresses: ['"Ada', 'ada@x.it', 'bob@y.com'],
    },
  ]

  it.each(cases)('splits $name', ({ text, addresses }) => {
    expect(splitAddresses(text).map((entry) => entry.address)).toEqual(
      addresses,
    )
  })

  it('keeps the display name in the text', () => {
    expect(splitAddresses('x@y.it, "Lovelace, Ada" <ada@x.it>')).toEqual([
      { text: 'x@y.it', address: 'x@y.it' },
      { text: '"Lovelace, Ada" <ada@x.it>', address: 'ada@x.it' },
    ])
  })
})

describe('parseInviteList', () => {
  const cases: {
    name: string
    text: string
    statuses: string[]
  }[] = [
    {
      name: 'valid addresses',
      text: 'ada@x.it bob@y.com',
      statuses: ['valid', 'valid'],
    },
    {
      name: 'invalid entries',
      text: 'ada@ x.it ada@x',
      statuses: ['invalid', 'invalid', 'invalid'],
    },
    {
      name: 'duplicates ignoring case',
      text: 'Ada@X.it, ada@x.it; ADA@x.IT',
      statuses: ['valid', 'duplicate', 'duplicate'],
    },
    {
      name: 'duplicate of a named entry',
      text: 'Ada <ada@x.it>\nada@x.it',
      statuses: ['valid', 'duplicate'],
    },
    {
      name: 'repeated invalid entry stays invalid',
      text: 'ada@ ada@',
      statuses: ['invalid', 'invalid'],
    },
  ]

  it.each(cases)('classifies $name', ({ text, statuses }) => {
    const list = parseInviteList(text)
    expect(list.entries.map((entry) => entry.status)).toEqual(statuses)
    expect(list.overLimit).toBe(false)
  })

  it('names the entry a duplicate repeats', () => {
    const [, second] = parseInviteList('Ada <Ada@x.it> ada@X.it').entries

    expect(second?.duplicateOf).toBe('Ada <Ada@x.it>')
  })

  it.each([
    { count: MAX_INVITES, overLimit: false },
    { count: MAX_INVITES + 1, overLimit: true },
  ])('$count entries over the limit: $overLimit', ({ count, overLimit }) => {
    const text = Array.from(
      { length: count },
      (_, index) => `p${index}@x.it`,
    ).join('\n')

    const list = parseInviteList(text)

    expect(list.entries).toHaveLength(count)
    expect(list.overLimit).toBe(overLimit)
  })

  it('counts invalid entries towards the limit', () => {
    const text = `${'nope '.repeat(MAX_INVITES)} ada@x.it`

    expect(parseInviteList(text).overLimit).toBe(true)
  })
})

describe('markMembers', () => {
  it('marks valid entries a member has, ignoring case', () => {
    const { entries } = parseInviteList('GIULIA@X.it new@x.it giulia@x.it bad@')

    const marked = markMembers(entries, [' giulia@x.IT ', 'other@x.it'])

    expect(marked.map((entry) => entry.status)).toEqual([
      'member',
      'valid',
      'duplicate',
      'invalid',
    ])
  })
})
