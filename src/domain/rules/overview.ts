// The rules tables, laid out for the public page "Comment nous déterminons votre démarche":
// for each protection, what each type of works needs, the opinion, and each procedure's delay,
// silence and filing. Read from the same tables the questionnaire uses; nothing is restated.
import type { ProcedureAnswers } from '../procedure-answers.ts'
import type { Source } from '../procedure-sources.ts'
import { type ProtectionKind, type WorksType, worksTypes } from '../taxonomy.ts'
import { type CombinationId, combinations, combinationsReview } from './combinations.ts'
import { type Context, contextOf, has } from './context.ts'
import { delaysReview } from './delays.ts'
import { cite, delayRow, silenceRow, tableFor } from './evaluate.ts'
import { monumentsReview } from './monuments.ts'
import { opinionRows, opinionsReview } from './opinions.ts'
import { filing, procedureInfo, procedureOrder, proceduresReview } from './procedures.ts'
import { silenceReview } from './silence.ts'
import type { Certainty, OpinionKind, ProcedureKind, Review, SilenceMeaning } from './types.ts'
import { buildingWorksReview } from './works-building.ts'
import { landWorksReview } from './works-land.ts'
import type { WorksRule } from './works-rule.ts'

export interface OverviewCase {
  condition: string
  procedure: string
  certainty: Certainty
  sources: Source[]
}

export interface OverviewProtection {
  id: string
  label: string
  /** The combination rule that adds to "no formality" here, if any. */
  adds?: CombinationId
  opinions: { authority: string; kind: OpinionKind; text: string; sources: Source[] }[]
  works: { works: WorksType; label: string; cases: OverviewCase[] }[]
  procedures: {
    label: string
    delay: string
    silence: string
    meaning: SilenceMeaning
    filedAt: string
    sources: Source[]
  }[]
}

const samples: { id: string; label: string; answers: Partial<ProcedureAnswers> }[] = [
  { id: 'hors', label: 'Hors espace protégé', answers: { protections: ['aucune'] } },
  {
    id: 'abords',
    label: 'Abords d’un monument historique (périmètre délimité, ou covisibilité à moins de 500 m)',
    answers: { protections: ['abords_mh'], abords: 'pda' },
  },
  {
    id: 'abords-non-covisible',
    label: 'À moins de 500 m d’un monument, sans covisibilité',
    answers: { protections: ['abords_mh'], abords: 'non_covisible' },
  },
  { id: 'spr', label: 'Site patrimonial remarquable', answers: { protections: ['spr'] } },
  { id: 'site-inscrit', label: 'Site inscrit', answers: { protections: ['site_inscrit'] } },
  { id: 'site-classe', label: 'Site classé', answers: { protections: ['site_classe'] } },
  {
    id: 'mh-inscrit',
    label: 'Monument historique inscrit (travaux sur le monument)',
    answers: { protections: ['mh_inscrit'] },
  },
  {
    id: 'mh-classe',
    label: 'Monument historique classé (travaux sur le monument)',
    answers: { protections: ['mh_classe'] },
  },
]

const answersOf = (partial: Partial<ProcedureAnswers>): ProcedureAnswers => ({
  protections: [] as ProtectionKind[],
  works: [],
  commerce: [],
  ...partial,
})

/** A row can never apply when an earlier row of its part asks no more than it does. */
const shadowed = (row: WorksRule, earlier: WorksRule[]) =>
  earlier.some(
    (previous) =>
      (previous.part ?? '') === (row.part ?? '') &&
      (previous.when ?? []).every((condition) => row.when?.includes(condition)),
  )

function casesFor(works: WorksType, context: Context): OverviewCase[] {
  const kept: WorksRule[] = []
  for (const row of tableFor(works, context))
    if ((!row.where || row.where.some((zone) => has(context, zone))) && !shadowed(row, kept))
      kept.push(row)
  return kept.map((row, index) => ({
    condition:
      row.when?.map((condition) => condition.label).join(' ; ') ||
      (index === 0 ? 'Dans tous les cas' : 'Dans les autres cas'),
    procedure: procedureInfo[row.procedure].label,
    certainty: row.certainty ?? 'certain',
    sources: cite(row.sources),
  }))
}

function protectionOverview(sample: (typeof samples)[number]): OverviewProtection {
  const context = contextOf(answersOf(sample.answers))
  const demolition = contextOf(answersOf({ ...sample.answers, works: ['demolition'] }))
  const works = (Object.keys(worksTypes) as WorksType[]).map((kind) => ({
    works: kind,
    label: worksTypes[kind],
    cases: casesFor(kind, kind === 'demolition' ? demolition : context),
  }))
  const kinds = procedureOrder.filter(
    (kind) =>
      kind !== 'aucune' &&
      works.some((entry) => entry.cases.some((c) => c.procedure === procedureInfo[kind].label)),
  )
  const adds: CombinationId | undefined = has(context, 'site_classe')
    ? 'siteClasseAdds'
    : has(context, 'site_inscrit')
      ? 'siteInscritAdds'
      : undefined
  if (adds === 'siteClasseAdds') kinds.push('autorisation_speciale_site_classe')
  if (adds === 'siteInscritAdds') kinds.push('declaration_site_inscrit')
  return {
    id: sample.id,
    label: sample.label,
    ...(adds ? { adds } : {}),
    opinions: opinionRows
      .filter((row) => row.applies(context) || row.applies(demolition))
      .map((row) => ({ ...row, sources: cite(row.sources) })),
    works,
    procedures: [...new Set(kinds)].map((kind: ProcedureKind) => {
      const delay = delayRow(kind, kind === 'permis_de_demolir' ? demolition : context)
      const silence = silenceRow(kind, kind === 'permis_de_demolir' ? demolition : context)
      return {
        label: procedureInfo[kind].label,
        delay: delay.text,
        silence: silence.text,
        meaning: silence.meaning,
        filedAt: filing[kind].text,
        sources: [
          ...new Set(cite([...delay.sources, ...silence.sources, ...filing[kind].sources])),
        ],
      }
    }),
  }
}

export const rulesOverview = (): OverviewProtection[] => samples.map(protectionOverview)

export const combinationOverview = () =>
  Object.values(combinations).map((rule) => ({ ...rule, sources: cite(rule.sources) }))

/** Each table's review record, and the most recent date. */
export const reviews: { table: string; review: Review }[] = [
  { table: 'Travaux sur un bâtiment existant', review: buildingWorksReview },
  {
    table: 'Constructions, clôtures, commerces, piscines, démolitions, arbres',
    review: landWorksReview,
  },
  { table: 'Travaux sur un monument historique', review: monumentsReview },
  { table: 'Procédures et lieu de dépôt', review: proceduresReview },
  { table: 'Délais', review: delaysReview },
  { table: 'Silence de l’administration', review: silenceReview },
  { table: 'Avis et accords', review: opinionsReview },
  { table: 'Règles de combinaison', review: combinationsReview },
]
