import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessibilityAudit, accessibilitySummary } from '../../src/data/accessibility-audit.ts'
import {
  type AuditCriterion,
  type AuditGrid,
  complianceLevel,
  summarizeAudit,
} from '../../src/domain/accessibility-audit.ts'

const root = join(import.meta.dirname, '..', '..')

function grid(criteria: AuditCriterion[]): AuditGrid {
  return {
    referential: 'RGAA 4.1.2',
    auditDate: '2026-11-30',
    auditor: 'test',
    technologies: ['HTML5'],
    tools: ['axe'],
    environment: ['Chromium'],
    sample: [
      { id: 'a', title: 'A', url: '/a/' },
      { id: 'b', title: 'B', url: '/b/' },
      { id: 'pending', title: 'Pending', url: '/p/', evaluated: false },
    ],
    derogations: [],
    exemptions: [],
    criteria,
  }
}
const criterion = (id: string, status: 'C' | 'NC' | 'NA', pages?: AuditCriterion['pages']) => ({
  id,
  topic: 'Topic',
  title: `Criterion ${id}`,
  status,
  evidence: `evidence of ${id}`,
  ...(pages ? { pages } : {}),
})

describe('summarizeAudit', () => {
  it('fails a criterion on one failing page, and counts only criteria applicable somewhere', () => {
    const summary = summarizeAudit(
      grid([
        criterion('1.1', 'C'),
        criterion('1.2', 'C', { b: { status: 'NC', evidence: 'fails on B' } }),
        criterion('1.3', 'NA'),
        criterion('1.4', 'NA', { a: { status: 'C', evidence: 'applies on A only' } }),
      ]),
    )
    expect(summary.applicable).toBe(3)
    expect(summary.conforming).toBe(2)
    expect(summary.rate).toBe(66)
    expect(summary.level).toBe('partiellement conforme')
    expect(summary.nonConformities.map(({ criterion, pages }) => [criterion.id, pages])).toEqual([
      ['1.2', [{ page: { id: 'b', title: 'B', url: '/b/' }, evidence: 'fails on B' }]],
    ])
  })

  it('leaves pages not yet evaluated out of the results, and lists them', () => {
    const summary = summarizeAudit(
      grid([criterion('1.1', 'C', { pending: { status: 'NC', evidence: 'not audited yet' } })]),
    )
    expect(summary.rate).toBe(100)
    expect(summary.level).toBe('totalement conforme')
    expect(summary.pendingPages.map((page) => page.id)).toEqual(['pending'])
  })

  it('carries the plan of a failure the site cannot correct itself (third-party software) to the statement', () => {
    const plan = 'Signaler le défaut aux mainteneurs ; d’ici là, modifier les fichiers du dépôt.'
    const summary = summarizeAudit(
      grid([
        criterion('12.5', 'C', { b: { status: 'NC', evidence: 'no search in the editor', plan } }),
      ]),
    )
    expect(summary.nonConformities.map(({ pages }) => pages)).toEqual([
      [{ page: { id: 'b', title: 'B', url: '/b/' }, evidence: 'no search in the editor', plan }],
    ])
  })

  it('follows the RGAA thresholds, and never rounds a failure up to 100 %', () => {
    expect(complianceLevel(69, 69)).toBe('totalement conforme')
    expect(complianceLevel(35, 70)).toBe('partiellement conforme')
    expect(complianceLevel(34, 70)).toBe('non conforme')
    expect(complianceLevel(0, 0)).toBe('non conforme')
    const criteria = Array.from({ length: 300 }, (_, index) => criterion(`1.${index}`, 'C'))
    criteria.push(criterion('2.1', 'NC'))
    expect(summarizeAudit(grid(criteria)).rate).toBe(99)
  })
})

describe('the audit grid (docs/accessibilite/grille-rgaa.json)', () => {
  it('lists the 106 RGAA 4.1 criteria, each once, by theme', () => {
    const perTopic = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12]
    const expected = perTopic.flatMap((count, topic) =>
      Array.from({ length: count }, (_, index) => `${topic + 1}.${index + 1}`),
    )
    expect(accessibilityAudit.criteria.map((criterion) => criterion.id)).toEqual(expected)
  })

  it('cites only tests that exist', () => {
    const cited = new Set(
      accessibilityAudit.criteria.flatMap((criterion) =>
        [criterion, ...Object.values(criterion.pages ?? {})].flatMap(
          (result) => result.evidence.match(/tests\/[\w/.-]+\.ts/g) ?? [],
        ),
      ),
    )
    expect(cited.size).toBeGreaterThan(5)
    for (const file of cited) expect(existsSync(join(root, file)), file).toBe(true)
  })

  it('gives the agent workspace and the CMS as sample pages, evaluated or not', () => {
    const urls = accessibilityAudit.sample.map((page) => page.url)
    expect(urls).toContain('/espace-agent/')
    expect(urls).toContain('/admin/')
    expect(accessibilitySummary.evaluatedPages.length).toBeGreaterThanOrEqual(11)
  })
})
