// The conditions a works rule can set on the answers, each with the words the rules page shows.
import type { ProcedureAnswers } from '../procedure-answers.ts'
import type { WorksType } from '../taxonomy.ts'

export interface Condition {
  label: string
  test: (answers: ProcedureAnswers, works: WorksType) => boolean
}

const condition = (label: string, test: Condition['test']): Condition => ({ label, test })

export const identical = condition(
  'Entretien ou réparation à l’identique',
  (a) => a.entretien === 'oui',
)
export const notIdentical = condition(
  'Travaux qui ne sont pas de l’entretien à l’identique (ou sans réponse)',
  (a) => a.entretien !== 'oui',
)
export const surfaceUnknown = condition('Surface créée inconnue', (a) => a.surface === undefined)
export const surfaceOver = (m2: number) =>
  condition(`Surface créée de plus de ${m2} m²`, (a) => (a.surface ?? 0) > m2)
export const heightOver = (m: number) =>
  condition(`Hauteur de plus de ${m} m`, (a) => (a.hauteur ?? 0) > m)
export const zoneU = condition('En zone urbaine (U) d’un PLU', (a) => a.zoneU === 'oui')
export const notZoneU = condition('Hors zone urbaine d’un PLU', (a) => a.zoneU === 'non')
export const zoneUnknown = condition('Zone du PLU inconnue', (a) => a.zoneU !== 'oui')
export const totalUnknown = condition(
  'Surface totale après travaux inconnue',
  (a) => a.surfaceTotale === undefined,
)
export const totalOver = (m2: number) =>
  condition(`Surface totale après travaux de plus de ${m2} m²`, (a) => (a.surfaceTotale ?? 0) > m2)
export const separate = condition(
  'Construction séparée (abri, garage, annexe)',
  (a) => a.annexe === 'annexe',
)
export const attached = condition(
  'Extension accolée (ou nature non précisée)',
  (a) => a.annexe !== 'annexe',
)
export const wall = condition('Un mur', (a) => a.cloture === 'mur')
export const wallUnder2 = condition(
  'Mur de moins de 2 m de haut',
  (a) => a.hauteurMur !== undefined && a.hauteurMur < 2,
)
export const poolUnknown = condition(
  'Surface du bassin inconnue',
  (a) => a.surfacePiscine === undefined,
)
export const poolOver = (m2: number) =>
  condition(`Bassin de plus de ${m2} m²`, (a) => (a.surfacePiscine ?? 0) > m2)
export const shopfront = condition(
  'Travaux sur la devanture (ou non précisé)',
  (a) => a.commerce.length === 0 || a.commerce.includes('devanture'),
)
export const sign = condition(
  'Pose ou changement d’une enseigne (ou non précisé)',
  (a) => a.commerce.length === 0 || a.commerce.includes('enseigne'),
)
export const signOnly = condition(
  'Enseigne sur le monument',
  (a, works) => works === 'devanture_enseigne' && !a.commerce.every((kind) => kind === 'devanture'),
)
export const notDemolition = condition(
  'Travaux autres qu’une démolition',
  (_a, works) => works !== 'demolition',
)
