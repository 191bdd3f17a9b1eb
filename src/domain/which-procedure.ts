// Which procedure applies to works in (or out of) a protected area, who gives which opinion,
// how long it takes, what silence means and what goes in the file. The rules are tables in
// rules/ (one per kind of protection and type of works, each with its sources and review);
// rules/evaluate.ts reads them. Unknown answers lead to the prudent outcome, said as such.
import type { ProcedureAnswers } from './procedure-answers.ts'
import type { Source } from './procedure-sources.ts'
import { assumptionsOf, erpConclusions, prefillProtection } from './rules/assumptions.ts'
import { contextOf } from './rules/context.ts'
import { cite, proceduresOf, worksConclusions } from './rules/evaluate.ts'
import { opinionRows } from './rules/opinions.ts'
import {
  architectOf,
  deciderOf,
  piecesOf,
  uncertaintiesOf,
  warningsOf,
} from './rules/result-parts.ts'
import type { ProcedureResult } from './rules/types.ts'
import type { WorksType } from './taxonomy.ts'
import { worksAdvice } from './works-advice.ts'

export { procedureInfo } from './rules/procedures.ts'
export type {
  Certainty,
  Conclusion,
  Opinion,
  PieceGroup,
  ProcedureInfo,
  ProcedureKind,
  ProcedureResult,
  RequiredProcedure,
  WorksConclusion,
  WorksTips,
} from './rules/types.ts'

/** The questionnaire's whole answer. */
export function whichProcedure(answers: ProcedureAnswers): ProcedureResult {
  const context = contextOf(answers)
  const works: WorksType[] = answers.works.length > 0 ? answers.works : ['autre']
  const byWorks = works.flatMap((kind) => worksConclusions(kind, answers, context))
  const found = [...byWorks, ...erpConclusions(answers, byWorks)]
  const procedures = proceduresOf(found, context)
  const kinds = procedures.map((procedure) => procedure.kind)
  const result: Omit<ProcedureResult, 'sources'> = {
    procedures,
    decider: deciderOf(context),
    opinions: opinionRows
      .filter((row) => row.applies(context))
      .map((row) => ({
        authority: row.authority,
        kind: row.kind,
        text: row.text,
        sources: cite(row.sources),
      })),
    architect: architectOf(kinds, answers),
    pieces: piecesOf(kinds, works, context),
    tips: works.map((kind) => ({ works: kind, ...worksAdvice[kind] })),
    warnings: warningsOf(context, answers, kinds),
    uncertainties: uncertaintiesOf(context, found),
    assumptions: assumptionsOf(answers, context),
    prefill: { protection: prefillProtection(answers), worksTypes: answers.works },
  }
  return { ...result, sources: citedSources(result) }
}

function citedSources(result: Omit<ProcedureResult, 'sources'>): Source[] {
  const all = [
    ...result.procedures.flatMap((procedure) => [
      ...procedure.reasons.flatMap((reason) => reason.sources),
      ...procedure.delay.sources,
      ...procedure.silence.sources,
    ]),
    ...result.decider.sources,
    ...result.opinions.flatMap((opinion) => opinion.sources),
    ...result.architect.sources,
    ...result.warnings.flatMap((warning) => warning.sources),
    ...result.uncertainties.flatMap((entry) => entry.sources),
    ...result.assumptions.flatMap((entry) => entry.sources),
  ]
  return [...new Set(all)]
}
