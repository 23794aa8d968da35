import { describe, expect, it } from 'vitest'
import type { Member } from '../../api/members'
import { UTF8_BOM } from '../../components/csv'
import { t } from '../../test/translate'
import { membersCsv, type MembersExportView } from './membersCsv'

function member(overrides: Partial<Member>): Member {
  return {
    id: 'id',
    username: 'ada@x.it',
    email: 'ada@x.it',
    firstName: 'Ada',
    lastName: 'Lovelace',
    role: 'viewer',
    apiRole: 'viewer',
    ...overrides,
  }
}

const exportedAt = new Date(2026, 11, 4, 9, 30, 5)
const view: MembersExportView = {
  organization: { id: 1001, name: 'Nordavia Logistica S.p.A.' },
  sort: { column: 'name', descending: false },
}

/** Returns the CSV's lines, without the byte order mark. */
function lines(text: string): string[] {
  expect(text.startsWith(UTF8_BOM)).toBe(true)
  return text.slice(UTF8_BOM.length).split('\r\n')
}

describe('membersCsv', () => {
  it('names the organization, filter, order and time first', () => {
    const [organization, filter, sort, time, count, blank, header] = lines(
      membersCsv(t, [member({})], view, exportedAt).text,
    )

    expect(organization).toBe('Organization,Nordavia Logistica S.p.A.,1001')
    expect(filter).toBe('Filter,All members')
    expect(sort).toBe('Sorted by,"Name, ascending"')
    expect(time).toMatch(/^Exported at,2026-12-04T09:30:05[+-]\d\d:\d\d$/)
    expect(count).toBe('Members,1')
    expect(blank).toBe('')
    expect(header).toBe('Name,Email,Username,Role')
  })

  const rows: { name: string; member: Partial<Member>; row: string }[] = [
    {
      name: 'a plain member',
      member: {},
      row: 'Ada Lovelace,ada@x.it,ada@x.it,Viewer',
    },
    {
      name: 'a formula in the name',
      member: { firstName: '=HYPERLINK("https://x.example","Hi")' },
      row: '"\'=HYPERLINK(""https://x.example"",""Hi"") Lovelace",ada@x.it,ada@x.it,Viewer',
    },
    {
      name: 'an empty name',
      member: { firstName: ' ', lastName: '', role: 'owner' },
      row: ',ada@x.it,ada@x.it,Owner',
    },
    {
      name: 'a username of its own',
      member: { username: 'alovelace', role: 'security_officer' },
      row: 'Ada Lovelace,ada@x.it,alovelace,Security officer',
    },
    {
      name: 'an unknown role',
      member: { role: null, apiRole: 'administrator' },
      row: 'Ada Lovelace,ada@x.it,ada@x.it,Unknown role (administrator)',
    },
    {
      name: 'accents and a comma',
      member: { firstName: 'Zoë, Jr.', lastName: 'Ærøskøbing' },
      row: '"Zoë, Jr. Ærøskøbing",ada@x.it,ada@x.it,Viewer',
    },
  ]

  it.each(rows)('writes $name', ({ member: overrides, row }) => {
    const text = membersCsv(t, [member(overrides)], view, exportedAt).text

    expect(lines(text)[7]).toBe(row)
  })

  it('keeps the order it is given', () => {
    const members = ['c', 'a', 'b'].map((id) =>
      member({ id, email: `${id}@x.it` }),
    )

    const text = membersCsv(t, members, view, exportedAt).text

    expect(
      lines(text)
        .slice(7, 10)
        .map((line) => line.split(',')[1]),
    ).toEqual(['c@x.it', 'a@x.it', 'b@x.it'])
  })

  it.each([
    {
      name: 'no filter',
      view,
      fileName: 'nordavia-logistica-s-p-a-members-2026-12-04-0930.csv',
      filter: 'Filter,All members',
    },
    {
      name: 'a search and a role',
      view: { ...view, search: ' Rossi ', role: 'owner' as const },
      fileName:
        'nordavia-logistica-s-p-a-members-owner-rossi-2026-12-04-0930.csv',
      filter: 'Filter,Search “Rossi”; Role Owner',
    },
    {
      name: 'a name with no Latin letters',
      view: { ...view, organization: { id: 7, name: '王芳' } },
      fileName: 'organization-7-members-2026-12-04-0930.csv',
      filter: 'Filter,All members',
    },
  ])('names the file for $name', ({ view: shown, fileName, filter }) => {
    const file = membersCsv(t, [], shown, exportedAt)

    expect(file.fileName).toBe(fileName)
    expect(lines(file.text)[1]).toBe(filter)
  })

  it('describes a descending sort', () => {
    const sorted: MembersExportView = {
      ...view,
      sort: { column: 'role', descending: true },
    }
    const file = membersCsv(t, [], sorted, exportedAt)

    expect(lines(file.text)[2]).toBe('Sorted by,"Role, descending"')
  })
})
