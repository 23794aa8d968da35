import { describe, expect, it } from 'vitest'
import { blankMember } from '../../test/members'
import {
  filterMembers,
  matchesQuery,
  memberSearchText,
  normalizeForSearch,
  queryWords,
} from './memberFilter'

describe('normalizeForSearch', () => {
  it.each([
    { text: 'Müller', normalized: 'muller' },
    { text: 'José Núñez', normalized: 'jose nunez' },
    { text: 'Łukasz Żółkiewski', normalized: 'lukasz zolkiewski' },
    { text: 'Søren Ærø', normalized: 'soren aero' },
    { text: 'Straße', normalized: 'strasse' },
    { text: 'ÇAĞLA ŞAHİN', normalized: 'cagla sahin' },
    { text: 'ada@EXAMPLE.com', normalized: 'ada@example.com' },
  ])('$text becomes $normalized', ({ text, normalized }) => {
    expect(normalizeForSearch(text)).toBe(normalized)
  })
})

describe('queryWords', () => {
  it.each([
    { query: '', words: [] },
    { query: '   ', words: [] },
    { query: ' Giulia  Rossi ', words: ['giulia', 'rossi'] },
    { query: 'a\tb\nc', words: ['a', 'b', 'c'] },
  ])('"$query" has words $words', ({ query, words }) => {
    expect(queryWords(query)).toEqual(words)
  })
})

describe('matchesQuery', () => {
  const giulia = memberSearchText(
    blankMember({
      firstName: 'Giulia',
      lastName: 'Rossi',
      email: 'giulia.rossi@presidiosicurezza.it',
      username: 'grossi',
    }),
  )

  it.each([
    { query: '', matches: true },
    { query: 'giulia', matches: true },
    { query: 'ROSSI GIULIA', matches: true },
    { query: 'giulia presidio', matches: true },
    { query: 'grossi', matches: true },
    { query: '@presidiosicurezza.it', matches: true },
    { query: 'giulia bianchi', matches: false },
    { query: 'luca', matches: false },
  ])('"$query" matches: $matches', ({ query, matches }) => {
    expect(matchesQuery(giulia, query)).toBe(matches)
  })

  it('searches the username when the name is empty', () => {
    const text = memberSearchText(
      blankMember({ username: 'sobrien', email: 's.obrien@example.ie' }),
    )
    expect(matchesQuery(text, 'sobrien')).toBe(true)
  })
})

describe('filterMembers', () => {
  const ada = blankMember({
    firstName: 'Ada',
    email: 'ada@a.it',
    role: 'owner',
  })
  const bruno = blankMember({ firstName: 'Bruno', email: 'bruno@b.it' })
  const carla = blankMember({
    firstName: 'Carla',
    email: 'carla@a.it',
    role: 'security_officer',
  })
  const unknown = blankMember({
    firstName: 'Dario',
    email: 'dario@a.it',
    role: null,
  })
  const all = [ada, bruno, carla, unknown]

  it.each([
    { query: '', role: undefined, names: ['Ada', 'Bruno', 'Carla', 'Dario'] },
    { query: '@a.it', role: undefined, names: ['Ada', 'Carla', 'Dario'] },
    { query: '', role: 'owner', names: ['Ada'] },
    { query: '@a.it', role: 'security_officer', names: ['Carla'] },
    { query: 'bruno', role: 'owner', names: [] },
    { query: '', role: 'viewer', names: ['Bruno'] },
  ] as const)(
    'query "$query" and role $role keep $names',
    ({ query, role, names }) => {
      const kept = filterMembers(all, { query, role })
      expect(kept.map(({ firstName }) => firstName)).toEqual(names)
    },
  )
})
