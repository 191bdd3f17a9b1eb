// The RGAA audit grid (docs/accessibilite/grille-rgaa.json) and what the accessibility statement
// derives from it: each criterion's result over the sample, the rate and the compliance level,
// so that the statement can say neither more nor less than the grid.

export const auditStatuses = ['C', 'NC', 'NA'] as const
export type AuditStatus = (typeof auditStatuses)[number]

export interface AuditResult {
  status: AuditStatus
  /** One line: what proves it (a test, a check), or why it fails. */
  evidence: string
  /** For a failure: what is planned, when it is not simply to correct it (third-party software). */
  plan?: string | undefined
}

export interface AuditCriterion extends AuditResult {
  /** RGAA number, "topic.criterion" (for instance "10.7"). */
  id: string
  topic: string
  title: string
  /** Results that differ from the criterion's own on some pages of the sample, by page id. */
  pages?: Record<string, AuditResult> | undefined
}

export interface AuditPage {
  id: string
  title: string
  url: string
  /** False for a page listed in the sample but not yet audited: left out of the results. */
  evaluated?: boolean | undefined
}

export interface AuditGrid {
  referential: string
  /** YYYY-MM-DD: when the grid was last checked against the site. */
  auditDate: string
  auditor: string
  technologies: string[]
  tools: string[]
  environment: string[]
  sample: AuditPage[]
  derogations: { content: string; reason: string; alternative?: string | undefined }[]
  exemptions: { content: string; reason: string }[]
  criteria: AuditCriterion[]
}

export type ComplianceLevel = 'totalement conforme' | 'partiellement conforme' | 'non conforme'

export interface NonConformity {
  criterion: AuditCriterion
  pages: { page: AuditPage; evidence: string; plan?: string | undefined }[]
}

export interface AuditSummary {
  evaluatedPages: AuditPage[]
  pendingPages: AuditPage[]
  applicable: number
  conforming: number
  /** Conforming criteria over applicable ones, in whole percent, rounded down (100 only if all). */
  rate: number
  level: ComplianceLevel
  nonConformities: NonConformity[]
}

/** The result of a criterion on one page of the sample. */
export function pageResult(criterion: AuditCriterion, pageId: string): AuditResult {
  return criterion.pages?.[pageId] ?? { status: criterion.status, evidence: criterion.evidence }
}

/**
 * A criterion over the pages: not conforming if it fails on one page, conforming if it applies
 * to at least one page and fails on none, not applicable otherwise (RGAA method).
 */
export function criterionStatus(criterion: AuditCriterion, pages: AuditPage[]): AuditStatus {
  const statuses = pages.map((page) => pageResult(criterion, page.id).status)
  if (statuses.includes('NC')) return 'NC'
  return statuses.includes('C') ? 'C' : 'NA'
}

/**
 * RGAA levels: totally conforming if every applicable criterion is met, partially from 50 %,
 * not conforming below (or without any evaluated page).
 */
export function complianceLevel(conforming: number, applicable: number): ComplianceLevel {
  if (applicable === 0) return 'non conforme'
  if (conforming === applicable) return 'totalement conforme'
  return conforming * 2 >= applicable ? 'partiellement conforme' : 'non conforme'
}

export function summarizeAudit(grid: AuditGrid): AuditSummary {
  const evaluatedPages = grid.sample.filter((page) => page.evaluated !== false)
  const pendingPages = grid.sample.filter((page) => page.evaluated === false)
  const statuses = grid.criteria.map((criterion) => criterionStatus(criterion, evaluatedPages))
  const applicable = statuses.filter((status) => status !== 'NA').length
  const conforming = statuses.filter((status) => status === 'C').length
  const nonConformities = grid.criteria.flatMap((criterion) => {
    const pages = evaluatedPages.flatMap((page) => {
      const result = pageResult(criterion, page.id)
      return result.status === 'NC' ? [{ page, evidence: result.evidence, plan: result.plan }] : []
    })
    return pages.length > 0 ? [{ criterion, pages }] : []
  })
  return {
    evaluatedPages,
    pendingPages,
    applicable,
    conforming,
    rate: applicable === 0 ? 0 : Math.floor((100 * conforming) / applicable),
    level: complianceLevel(conforming, applicable),
    nonConformities,
  }
}
