// The answers of the "Quelle démarche ?" questionnaire, and their query string: the same names
// are the form's field names, so the no-JavaScript form and a bookmarked result agree.
import { type ProtectionKind, protectionKinds, type WorksType, worksTypes } from './taxonomy.ts'

export const yesNoUnknown = { oui: 'Oui', non: 'Non', inconnu: 'Je ne sais pas' } as const
export type YesNoUnknown = keyof typeof yesNoUnknown

/** Which abords: the PDA covers every building; the 500 m radius only the covisible ones. */
export const abordsKinds = {
  pda: 'Dans un périmètre délimité des abords (PDA)',
  covisible: 'À moins de 500 m du monument, et visible depuis lui ou en même temps que lui',
  non_covisible: 'À moins de 500 m du monument, sans aucune visibilité avec lui',
  inconnu: 'À moins de 500 m, sans savoir s’il y a covisibilité',
} as const
export type AbordsKind = keyof typeof abordsKinds

export const annexeKinds = {
  extension: 'Une extension accolée au bâtiment existant (pièce, véranda, surélévation)',
  annexe: 'Une construction séparée (abri de jardin, garage, local technique)',
} as const
export type AnnexeKind = keyof typeof annexeKinds

export const clotureKinds = {
  cloture: 'Une clôture ou un portail (grille, grillage, haie, palissade)',
  mur: 'Un mur (de clôture ou de soutènement)',
} as const
export type ClotureKind = keyof typeof clotureKinds

export const commerceKinds = {
  enseigne: 'Une enseigne',
  devanture: 'La devanture ou la vitrine',
} as const
export type CommerceKind = keyof typeof commerceKinds

export interface ProcedureAnswers {
  protections: ProtectionKind[]
  abords?: AbordsKind
  works: WorksType[]
  /** Only routine maintenance or repair, identical (same materials, colours, design). */
  entretien?: YesNoUnknown
  annexe?: AnnexeKind
  /** m² created (the larger of emprise au sol and surface de plancher). */
  surface?: number
  /** Height of a new construction, in metres. */
  hauteur?: number
  zoneU?: YesNoUnknown
  /** Total surface de plancher after the works, m². */
  surfaceTotale?: number
  cloture?: ClotureKind
  hauteurMur?: number
  surfacePiscine?: number
  commerce: CommerceKind[]
  erp?: YesNoUnknown
}

/** Query-string names, also the names of the form's fields. */
export const answerParams = {
  protections: 'protection',
  abords: 'abords',
  works: 'travaux',
  entretien: 'entretien',
  annexe: 'construction',
  surface: 'surface',
  hauteur: 'hauteur',
  zoneU: 'zone_u',
  surfaceTotale: 'surface_totale',
  cloture: 'cloture',
  hauteurMur: 'hauteur_mur',
  surfacePiscine: 'surface_piscine',
  commerce: 'commerce',
  erp: 'erp',
} as const satisfies Record<keyof ProcedureAnswers, string>

const numberKeys = ['surface', 'hauteur', 'surfaceTotale', 'hauteurMur', 'surfacePiscine'] as const

function listOf<K extends string>(params: URLSearchParams, name: string, list: Record<K, string>) {
  const values = params.getAll(name).filter((value): value is K => Object.hasOwn(list, value))
  return [...new Set(values)]
}

function oneOf<K extends string>(params: URLSearchParams, name: string, list: Record<K, string>) {
  const value = params.get(name) ?? ''
  return Object.hasOwn(list, value) ? (value as K) : undefined
}

/** A positive size as people type it ("12,5", "30 m²"); anything else is an unknown size. */
export function parseSize(text: string | null): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(?:m²|m2|m)?\s*$/i.exec(text ?? '')
  if (!match?.[1]) return undefined
  const value = Number(match[1].replace(',', '.'))
  return Number.isFinite(value) && value >= 0 && value < 100_000 ? value : undefined
}

/** The answers in a query string; unknown names and invalid values are ignored. */
export function answersFromQuery(params: URLSearchParams): ProcedureAnswers {
  const answers: ProcedureAnswers = {
    protections: listOf(params, answerParams.protections, protectionKinds),
    works: listOf(params, answerParams.works, worksTypes),
    commerce: listOf(params, answerParams.commerce, commerceKinds),
  }
  const abords = oneOf(params, answerParams.abords, abordsKinds)
  if (abords) answers.abords = abords
  const annexe = oneOf(params, answerParams.annexe, annexeKinds)
  if (annexe) answers.annexe = annexe
  const cloture = oneOf(params, answerParams.cloture, clotureKinds)
  if (cloture) answers.cloture = cloture
  for (const key of ['entretien', 'zoneU', 'erp'] as const) {
    const value = oneOf(params, answerParams[key], yesNoUnknown)
    if (value) answers[key] = value
  }
  for (const key of numberKeys) {
    const value = parseSize(params.get(answerParams[key]))
    if (value !== undefined) answers[key] = value
  }
  return answers
}

/** The query string of a set of answers (without "?"), in a stable order. */
export function queryFromAnswers(answers: ProcedureAnswers): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(answerParams) as (keyof ProcedureAnswers)[]) {
    const value = answers[key]
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value])
      params.append(answerParams[key], String(item))
  }
  return params.toString()
}

/** A result is shown once the works are known; a protection alone only presets the questions. */
export function hasResult(answers: ProcedureAnswers): boolean {
  return answers.works.length > 0
}
