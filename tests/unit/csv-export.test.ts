import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../src/server/agent/csv-export.ts'

describe('CSV export', () => {
  it('starts with a byte-order mark and quotes every cell, doubling quotes', () => {
    const csv = toCsv(
      [
        ['a', 'Colonne « A »'],
        ['b', 'B'],
      ],
      [{ a: 'dit "oui"', b: null }],
    )
    expect(csv).toBe('\uFEFF"Colonne « A »";"B"\r\n"dit ""oui""";""\r\n')
  })

  it.each([
    [
      '=HYPERLINK("http://exemple.invalid","Cliquez")',
      `"'=HYPERLINK(""http://exemple.invalid"",""Cliquez"")"`,
    ],
    ['+33 6 00 00 00 00', `"'+33 6 00 00 00 00"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcache', `"'\tcache"`],
    ['\rligne', `"'\rligne"`],
    ['Façade = pierre', '"Façade = pierre"'],
  ])('neutralises %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})
