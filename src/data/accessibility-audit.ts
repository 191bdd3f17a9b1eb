import { z } from 'zod'
import rawGrid from '../../docs/accessibilite/grille-rgaa.json'
import { type AuditGrid, auditStatuses, summarizeAudit } from '../domain/accessibility-audit.ts'

/** Number of criteria of RGAA 4.1: the grid lists every one of them. */
export const rgaaCriteriaCount = 106

const result = z.strictObject({
  status: z.enum(auditStatuses),
  evidence: z.string().min(10),
  plan: z.string().min(10).optional(),
})

const gridSchema = z
  .strictObject({
    referential: z.string().min(3),
    auditDate: z.iso.date(),
    auditor: z.string().min(3),
    technologies: z.array(z.string().min(2)).min(1),
    tools: z.array(z.string().min(3)).min(1),
    environment: z.array(z.string().min(3)).min(1),
    sample: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z-]+$/),
          title: z.string().min(3),
          url: z.string().startsWith('/'),
          evaluated: z.boolean().optional(),
        }),
      )
      .min(1),
    derogations: z.array(
      z.strictObject({
        content: z.string().min(3),
        reason: z.string().min(10),
        alternative: z.string().min(10).optional(),
      }),
    ),
    exemptions: z.array(z.strictObject({ content: z.string().min(3), reason: z.string().min(10) })),
    criteria: z
      .array(
        result.extend({
          id: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
          topic: z.string().min(3),
          title: z.string().min(10),
          pages: z.record(z.string(), result).optional(),
        }),
      )
      .length(rgaaCriteriaCount),
  })
  .superRefine((grid, context) => {
    const pageIds = new Set(grid.sample.map((page) => page.id))
    const seen = new Set<string>()
    for (const criterion of grid.criteria) {
      if (seen.has(criterion.id))
        context.addIssue({ code: 'custom', message: `critère ${criterion.id} en double` })
      seen.add(criterion.id)
      for (const pageId of Object.keys(criterion.pages ?? {}))
        if (!pageIds.has(pageId))
          context.addIssue({
            code: 'custom',
            message: `critère ${criterion.id} : page « ${pageId} » absente de l’échantillon`,
          })
    }
  })

/** docs/accessibilite/grille-rgaa.json, checked: the build fails on a malformed grid. */
export const accessibilityAudit: AuditGrid = gridSchema.parse(rawGrid)

/** What the statement and the footer say: derived from the grid only. */
export const accessibilitySummary = summarizeAudit(accessibilityAudit)
