import { describe, expect, it } from 'vitest'
import type { ChangeEntry } from '../../components/changeLog'
import { UTF8_BOM } from '../../components/csv'
import { t } from '../../test/translate'
import { changesCsv } from './changesCsv'

const base: ChangeEntry = {
  at: '2026-12-04T08:30:05.000Z',
  organizationId: 1001,
  organizationName: 'Nordavia Logistica S.p.A.',
  member: 'Ada Lovelace',
  email: 'ada@x.it',
  action: 'role',
  from: 'viewer',
  to: 'owner',
  result: 'succeeded',
}

function lines(text: string): string[] {
  expect(text.startsWith(UTF8_BOM)).toBe(true)
  return text.slice(UTF8_BOM.length).split('\r\n')
}

describe('changesCsv', () => {
  const exportedAt = new Date(2026, 11, 4, 10, 0, 0)

  it('starts with a title, the time and the count', () => {
    const file = changesCsv(t, [base], exportedAt)
    const [title, time, count, blank, header] = lines(file.text)

    expect(file.fileName).toBe('aegister-changes-2026-12-04-1000.csv')
    expect(title).toBe('Member changes made in this browser session')
    expect(time).toMatch(/^Exported at,2026-12-04T10:00:00[+-]\d\d:\d\d$/)
    expect(count).toBe('Changes,1')
    expect(blank).toBe('')
    expect(header).toBe(
      'When,Organization,Organization ID,Member,Email,Change,From,To,Result,Error',
    )
  })

  const rows: { name: string; entry: Partial<ChangeEntry>; cells: string }[] = [
    {
      name: 'a role change',
      entry: {},
      cells: 'Ada Lovelace,ada@x.it,Role change,Viewer,Owner,Succeeded,',
    },
    {
      name: 'an invitation',
      entry: { action: 'invite', from: null, to: 'security_officer' },
      cells: 'Ada Lovelace,ada@x.it,Invitation,,Security officer,Succeeded,',
    },
    {
      name: 'a failed removal',
      entry: {
        action: 'remove',
        from: 'owner',
        to: null,
        result: 'failed',
        error: 'The organization must keep at least one owner',
      },
      cells:
        'Ada Lovelace,ada@x.it,Removal,Owner,,Failed,The organization must keep at least one owner',
    },
    {
      name: 'a formula-like member',
      entry: { member: '=HYPERLINK("x")', email: '+x@x.it' },
      cells:
        '"\'=HYPERLINK(""x"")",\'+x@x.it,Role change,Viewer,Owner,Succeeded,',
    },
  ]

  it.each(rows)('writes $name', ({ entry, cells }) => {
    const row = lines(
      changesCsv(t, [{ ...base, ...entry }], exportedAt).text,
    )[5]

    const when = row?.split(',')[0] ?? ''
    expect(when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
    expect(new Date(when).toISOString()).toBe(base.at)
    expect(row).toContain(`,Nordavia Logistica S.p.A.,1001,${cells}`)
    expect(row?.endsWith(cells)).toBe(true)
  })

  it('keeps the log order, oldest first', () => {
    const entries = ['first', 'second'].map((member) => ({ ...base, member }))

    const text = changesCsv(t, entries, exportedAt).text

    expect(lines(text)[5]).toContain('first')
    expect(lines(text)[6]).toContain('second')
  })
})
