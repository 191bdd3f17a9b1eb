// The evaluator: reads the tables for each type of works, then the delay and silence tables
// for each procedure found. No rule lives here, only how the tables are read.
import type { ProcedureAnswers } from '../procedure-answers.ts'
import { type SourceId, sources } from '../procedure-sources.ts'
import type { WorksType } from '../taxonomy.ts'
import { combinations } from './combinations.ts'
import { identical } from './conditions.ts'
import { type Context, has } from './context.ts'
import type { DelayRow, SilenceRow } from './delays.ts'
import { delayRows } from './delays.ts'
import { monumentWorks } from './monuments.ts'
import { filing, procedureInfo, procedureOrder } from './procedures.ts'
import { silenceRows } from './silence.ts'
import type { Conclusion, ProcedureKind, RequiredProcedure, WorksConclusion } from './types.ts'
import { buildingWorks } from './works-building.ts'
import { landWorks } from './works-land.ts'
import type { WorksRule } from './works-rule.ts'

export const worksTable: Record<WorksType, WorksRule[]> = { ...buildingWorks, ...landWorks }

export const cite = (ids: readonly SourceId[]) => ids.map((id) => sources[id])
export const conclusion = (text: string, ids: readonly SourceId[]): Conclusion => ({
  text,
  sources: cite(ids),
})

/** A row applies where one of its zones is the context's, and when all its conditions hold. */
export const rowApplies = (
  row: WorksRule,
  answers: ProcedureAnswers,
  works: WorksType,
  context: Context,
) =>
  (!row.where || row.where.some((zone) => has(context, zone))) &&
  (row.when ?? []).every((condition) => condition.test(answers, works))

/** The table that governs these works: the monument's own, or the works table. */
export function tableFor(works: WorksType, context: Context): WorksRule[] {
  if (has(context, 'mh_classe')) return monumentWorks.mh_classe
  if (has(context, 'mh_inscrit') && works !== 'demolition') return monumentWorks.mh_inscrit
  return worksTable[works]
}

/** The first matching row of each part. */
export function firstRows(
  rows: WorksRule[],
  answers: ProcedureAnswers,
  works: WorksType,
  context: Context,
): WorksRule[] {
  const found = new Map<string, WorksRule>()
  for (const row of rows) {
    const part = row.part ?? ''
    if (!found.has(part) && rowApplies(row, answers, works, context)) found.set(part, row)
  }
  return [...found.values()]
}

/** Site classé and site inscrit add a procedure where the works need none (combinations.ts). */
function addSiteProcedure(
  found: WorksConclusion,
  answers: ProcedureAnswers,
  context: Context,
): WorksConclusion {
  if (found.kind !== 'aucune' || has(context, 'mh_classe') || identical.test(answers, found.works))
    return found
  const add = (kind: ProcedureKind, text: string, ids: readonly SourceId[]): WorksConclusion => ({
    ...found,
    kind,
    certainty: 'a_verifier',
    text: `${found.text} ${text}`,
    sources: [...found.sources, ...cite(ids)],
  })
  if (has(context, 'site_classe'))
    return add(
      'autorisation_speciale_site_classe',
      'Mais en site classé, rien ne peut changer d’état ou d’aspect sans autorisation spéciale : demandez à l’UDAP comment la demander.',
      combinations.siteClasseAdds.sources,
    )
  if (has(context, 'site_inscrit'))
    return add(
      'declaration_site_inscrit',
      'Mais en site inscrit, les travaux autres que l’entretien se déclarent au préfet 4 mois avant. Faites confirmer par la mairie ou l’UDAP la forme de cette déclaration.',
      combinations.siteInscritAdds.sources,
    )
  return found
}

export function worksConclusions(
  works: WorksType,
  answers: ProcedureAnswers,
  context: Context,
): WorksConclusion[] {
  return firstRows(tableFor(works, context), answers, works, context).map((row) =>
    addSiteProcedure(
      {
        works,
        kind: row.procedure,
        certainty: row.certainty ?? 'certain',
        ...conclusion(row.text, row.sources),
      },
      answers,
      context,
    ),
  )
}

export const delayRow = (kind: ProcedureKind, context: Context): DelayRow =>
  delayRows[kind].find((row) => !row.if || row.if.test(context)) as DelayRow

export const silenceRow = (kind: ProcedureKind, context: Context): SilenceRow =>
  silenceRows[kind].find((row) => !row.if || row.if.test(context)) as SilenceRow

export function proceduresOf(found: WorksConclusion[], context: Context): RequiredProcedure[] {
  const kinds = procedureOrder.filter((kind) => found.some((entry) => entry.kind === kind))
  return kinds.map((kind) => {
    const reasons = found.filter((entry) => entry.kind === kind)
    const delay = delayRow(kind, context)
    const silence = silenceRow(kind, context)
    return {
      kind,
      ...procedureInfo[kind],
      certainty: reasons.some((entry) => entry.certainty === 'certain') ? 'certain' : 'a_verifier',
      reasons,
      filedAt: filing[kind].text,
      ...(delay.months === undefined ? {} : { months: delay.months }),
      delay: conclusion(delay.text, delay.sources),
      silence: { meaning: silence.meaning, ...conclusion(silence.text, silence.sources) },
    }
  })
}
