import { describe, expect, it } from 'vitest'
import {
  clampPageIndex,
  membersSearchSchema,
  searchFromView,
  viewFromSearch,
  type MembersView,
} from './membersSearch'

describe('membersSearchSchema', () => {
  it.each([
    { input: {}, parsed: {} },
    { input: { q: 'rossi' }, parsed: { q: 'rossi' } },
    { input: { q: 2024 }, parsed: { q: '2024' } },
    { input: { q: true }, parsed: { q: 'true' } },
    { input: { q: null }, parsed: { q: 'null' } },
    { input: { q: [1, 2] }, parsed: { q: '[1,2]' } },
    { input: { q: { a: 1 } }, parsed: { q: '{"a":1}' } },
    { input: { role: 'owner' }, parsed: { role: 'owner' } },
    { input: { role: 'admin' }, parsed: {} },
    { input: { sort: '-email' }, parsed: { sort: '-email' } },
    { input: { sort: 'username' }, parsed: {} },
    { input: { page: 3 }, parsed: { page: 3 } },
    { input: { page: 0 }, parsed: {} },
    { input: { page: 1.5 }, parsed: {} },
    { input: { page: '2' }, parsed: {} },
    { input: { size: 50 }, parsed: { size: 50 } },
    { input: { size: 30 }, parsed: {} },
    {
      input: { q: 'a', role: 'viewer', sort: 'role', page: 2, size: 100 },
      parsed: { q: 'a', role: 'viewer', sort: 'role', page: 2, size: 100 },
    },
  ])('reads $input as $parsed', ({ input, parsed }) => {
    const result = membersSearchSchema.parse(input)
    const defined = Object.fromEntries(
      Object.entries(result).filter(([, value]) => value !== undefined),
    )
    expect(defined).toEqual(parsed)
  })
})

describe('viewFromSearch and searchFromView', () => {
  const defaults: MembersView = {
    query: '',
    role: undefined,
    sort: { column: 'name', descending: false },
    pageIndex: 0,
    pageSize: 25,
  }

  it('fills the defaults of an empty search', () => {
    expect(viewFromSearch({})).toEqual(defaults)
  })

  it.each([
    { view: defaults, search: {} },
    { view: { ...defaults, query: 'ros' }, search: { q: 'ros' } },
    { view: { ...defaults, role: 'owner' }, search: { role: 'owner' } },
    {
      view: { ...defaults, sort: { column: 'email', descending: true } },
      search: { sort: '-email' },
    },
    {
      view: { ...defaults, sort: { column: 'name', descending: true } },
      search: { sort: '-name' },
    },
    { view: { ...defaults, pageIndex: 2 }, search: { page: 3 } },
    { view: { ...defaults, pageSize: 100 }, search: { size: 100 } },
  ] as { view: MembersView; search: Record<string, unknown> }[])(
    'writes $search and reads it back',
    ({ view, search }) => {
      const written = searchFromView(view)
      const defined = Object.fromEntries(
        Object.entries(written).filter(([, value]) => value !== undefined),
      )
      expect(defined).toEqual(search)
      expect(viewFromSearch(written)).toEqual(view)
    },
  )
})

describe('clampPageIndex', () => {
  it.each([
    { pageIndex: 0, rows: 0, size: 25, shown: 0 },
    { pageIndex: 3, rows: 0, size: 25, shown: 0 },
    { pageIndex: 1, rows: 26, size: 25, shown: 1 },
    { pageIndex: 2, rows: 50, size: 25, shown: 1 },
    { pageIndex: 8, rows: 212, size: 25, shown: 8 },
    { pageIndex: 99, rows: 212, size: 100, shown: 2 },
    { pageIndex: -1, rows: 212, size: 25, shown: 0 },
  ])(
    'page $pageIndex of $rows rows by $size shows $shown',
    ({ pageIndex, rows, size, shown }) => {
      expect(clampPageIndex(pageIndex, rows, size)).toBe(shown)
    },
  )
})
