// The pages' delay and silence tables against the rules engine: every cell that names a
// protection and a procedure must say what the tables of src/domain/rules say for that case.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import delays from '../../content/data/delais-instruction.json'
import silence from '../../content/data/silence.json'
import type { ProcedureAnswers } from '../../src/domain/procedure-answers.ts'
import { contextOf } from '../../src/domain/rules/context.ts'
import { delayRow, silenceRow } from '../../src/domain/rules/evaluate.ts'
import type { ProcedureKind } from '../../src/domain/rules/types.ts'
import type { ProtectionKind, WorksType } from '../../src/domain/taxonomy.ts'
import { whichProcedure } from '../../src/domain/which-procedure.ts'

const answersAt = (protection: ProtectionKind, works: WorksType[] = []): ProcedureAnswers => ({
  protections: [protection],
  ...(protection === 'abords_mh' ? { abords: 'pda' as const } : {}),
  works,
  commerce: [],
  entretien: 'non',
})

const monthsIn = (text: string) => {
  const match = /(\d+) mois/.exec(text)
  return match ? Number(match[1]) : undefined
}

type DelayData = typeof delays

/** Every cell of the delay table that the engine contradicts. */
function delayMismatches(data: DelayData): string[] {
  const found: string[] = []
  for (const row of data.rows)
    data.columns.forEach((column, index) => {
      const stated = monthsIn(row.delays[index] ?? '')
      for (const protection of column.protections) {
        const rule = delayRow(
          row.procedure as ProcedureKind,
          contextOf(answersAt(protection as ProtectionKind)),
        )
        const other =
          'otherPermit' in row && row.otherPermit
            ? monthsIn(/autre permis de construire : \d+ mois/.exec(rule.text)?.[0] ?? '')
            : undefined
        const engine = other ?? rule.months
        if (stated !== engine)
          found.push(`${row.label} / ${protection}: page ${stated}, engine ${engine}`)
      }
    })
  return found
}

type SilenceData = typeof silence

function silenceMismatches(data: SilenceData): string[] {
  const found: string[] = []
  for (const row of data.rows) {
    if (!('case' in row) || !row.case) continue
    for (const protection of row.case.protections) {
      const works = ('works' in row.case ? row.case.works : []) as WorksType[]
      const rule = silenceRow(
        row.case.procedure as ProcedureKind,
        contextOf(answersAt(protection as ProtectionKind, works)),
      )
      if (rule.meaning !== row.meaning)
        found.push(`${row.situation} / ${protection}: page ${row.meaning}, engine ${rule.meaning}`)
    }
  }
  return found
}

const pagesDir = join(import.meta.dirname, '../../content/pages')
const rowProtections: [RegExp, ProtectionKind][] = [
  [/^Hors espace protégé/, 'aucune'],
  [/^\[Abords/, 'abords_mh'],
  [/^\[Site patrimonial remarquable/, 'spr'],
  [/^\[Site inscrit/, 'site_inscrit'],
  [/^\[Site classé/, 'site_classe'],
  [/^\[?Monument historique.* inscrit/, 'mh_inscrit'],
  [/^\[?Monument historique.* classé/, 'mh_classe'],
]

/** The fiches' tables with a delay column: protection (first cell) × the fiche's works. */
function ficheMismatches(): { checked: number; found: string[] } {
  const found: string[] = []
  let checked = 0
  const dir = join(pagesDir, 'fiches-travaux')
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8')
    const works = /relatedWorks:\s*\n\s*- (\w+)/.exec(text)?.[1] as WorksType | undefined
    const lines = text.split('\n').filter((line) => line.startsWith('|'))
    const header = lines[0]?.split('|').map((cell) => cell.trim()) ?? []
    const delayColumn = header.findIndex((cell) => cell.startsWith('Délai'))
    if (!works || delayColumn < 0) continue
    for (const line of lines.slice(2)) {
      const cells = line.split('|').map((cell) => cell.trim())
      const protection = rowProtections.find(([pattern]) => pattern.test(cells[1] ?? ''))?.[1]
      const cell = cells[delayColumn] ?? ''
      const months = monthsIn(cell)
      if (!protection || months === undefined) continue
      checked += 1
      const first = whichProcedure(answersAt(protection, [works])).procedures[0]
      if (first?.months !== months)
        found.push(`${file} / ${protection}: page ${months} mois, engine ${first?.months}`)
      if (/silence[^;]*= refus/.test(cell) && first?.silence.meaning !== 'refus')
        found.push(
          `${file} / ${protection}: page says silence = refus, engine ${first?.silence.meaning}`,
        )
    }
  }
  return { checked, found }
}

describe('the pages’ delay and silence tables agree with the rules engine', () => {
  it('delais-instruction.json (DelayTable) names cases the engine answers the same way', () => {
    expect(delayMismatches(delays)).toEqual([])
  })

  it('silence.json (SilenceTable) names cases the engine answers the same way', () => {
    expect(silenceMismatches(silence)).toEqual([])
  })

  it('the fiches travaux delay columns agree with the engine', () => {
    const { checked, found } = ficheMismatches()
    expect(checked).toBeGreaterThanOrEqual(6)
    expect(found).toEqual([])
  })

  it('the démarches pages show the data tables rather than their own copies', () => {
    const page = (name: string) => readFileSync(join(pagesDir, 'demarches', name), 'utf8')
    expect(page('delais-et-silence.mdx')).toContain('<DelayTable />')
    expect(page('delais-et-silence.mdx')).toContain('<SilenceTable />')
    expect(page('permis-de-construire.mdx')).toContain('<DelayTable only=')
    expect(page('permis-de-demolir.mdx')).toContain('<DelayTable only=')
  })

  it('catches a page that contradicts the engine', () => {
    const wrong = structuredClone(delays)
    const row = wrong.rows.find((entry) => entry.key === 'permis-de-demolir')
    if (row) row.delays[2] = '9 mois'
    expect(delayMismatches(wrong)).toEqual(['Permis de démolir / site_classe: page 9, engine 8'])
    const wrongSilence = structuredClone(silence)
    const classe = wrongSilence.rows.find((entry) => entry.situation === 'Permis en site classé')
    if (classe) classe.meaning = 'accord'
    expect(silenceMismatches(wrongSilence)).toHaveLength(1)
  })
})
