import { describe, expect, it } from 'vitest'
import { csvCell, neutralizeFormula, toCsv, UTF8_BOM } from './csv'

describe('csvCell', () => {
  const cases: { name: string; value: string; cell: string }[] = [
    { name: 'plain text', value: 'Ada Lovelace', cell: 'Ada Lovelace' },
    { name: 'empty', value: '', cell: '' },
    { name: 'accents', value: 'Zoë Ærøskøbing', cell: 'Zoë Ærøskøbing' },
    { name: 'apostrophe', value: "Anna D'Amico", cell: "Anna D'Amico" },
    { name: 'comma', value: 'Lovelace, Ada', cell: '"Lovelace, Ada"' },
    { name: 'double quote', value: 'Ada "Bird"', cell: '"Ada ""Bird"""' },
    { name: 'line feed', value: 'one\ntwo', cell: '"one\ntwo"' },
    { name: 'CRLF inside', value: 'one\r\ntwo', cell: '"one\r\ntwo"' },
    { name: 'equals sign', value: '=1+2', cell: "'=1+2" },
    { name: 'plus sign', value: '+39 02 1234', cell: "'+39 02 1234" },
    { name: 'minus sign', value: '-2+3', cell: "'-2+3" },
    { name: 'at sign', value: '@SUM(A1)', cell: "'@SUM(A1)" },
    { name: 'leading tab', value: '\t=1', cell: "'\t=1" },
    { name: 'leading carriage return', value: '\rx', cell: '"\'\rx"' },
    { name: 'spaces before equals', value: '  =1', cell: "'  =1" },
    { name: 'full-width equals', value: '\uFF1D1', cell: "'\uFF1D1" },
    {
      name: 'formula with quotes and comma',
      value: '=HYPERLINK("https://x.example","Click")',
      cell: '"\'=HYPERLINK(""https://x.example"",""Click"")"',
    },
    { name: 'sign inside the text', value: 'a=b+c-d@e', cell: 'a=b+c-d@e' },
    { name: 'email', value: 'ada@x.it', cell: 'ada@x.it' },
  ]

  it.each(cases)('writes $name', ({ value, cell }) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('neutralizeFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'prefixes a cell starting with %j',
    (start) => {
      expect(neutralizeFormula(`${start}x`)).toBe(`'${start}x`)
    },
  )

  it('leaves a single quote alone', () => {
    expect(neutralizeFormula("'quoted")).toBe("'quoted")
  })
})

describe('toCsv', () => {
  it('starts with the byte order mark and ends rows with CRLF', () => {
    const text = toCsv([
      ['Name', 'Email'],
      ['Ada', 'ada@x.it'],
    ])

    expect(text).toBe(`${UTF8_BOM}Name,Email\r\nAda,ada@x.it\r\n`)
  })

  it('writes rows of different lengths', () => {
    expect(toCsv([['Organization', 'Nordavia'], [], ['a', 'b', 'c']])).toBe(
      `${UTF8_BOM}Organization,Nordavia\r\n\r\na,b,c\r\n`,
    )
  })

  it('writes only the mark for no rows', () => {
    expect(toCsv([])).toBe(UTF8_BOM)
  })
})
