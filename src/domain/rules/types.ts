// The shapes of the questionnaire's answer. The rules themselves are tables in this folder
// (protections.ts, procedures.ts, works-*.ts, combinations.ts); evaluate.ts reads them.
import type { Piece } from '../dossier-pieces.ts'
import type { Source } from '../procedure-sources.ts'
import type { ProtectionKind, WorksType } from '../taxonomy.ts'
import type { WorksAdvice } from '../works-advice.ts'

export type ProcedureKind =
  | 'aucune'
  | 'declaration_prealable'
  | 'permis_de_construire'
  | 'permis_de_demolir'
  | 'autorisation_speciale_site_classe'
  | 'autorisation_patrimoine'
  | 'declaration_site_inscrit'
  | 'autorisation_travaux_mh'
  | 'declaration_travaux_mh_inscrit'
  | 'autorisation_enseigne'
  | 'autorisation_travaux_erp'

export type Certainty = 'certain' | 'a_verifier'

export interface Conclusion {
  text: string
  sources: Source[]
}

export interface ProcedureInfo {
  label: string
  /** The site's page about this procedure. */
  page?: string
  /** The official page with the form. */
  official?: string
}

/** What one type of works needs. */
export interface WorksConclusion extends Conclusion {
  works: WorksType
  kind: ProcedureKind
  certainty: Certainty
}

export type SilenceMeaning = 'accord' | 'refus' | 'a_verifier'

export interface RequiredProcedure extends ProcedureInfo {
  kind: ProcedureKind
  certainty: Certainty
  reasons: WorksConclusion[]
  /** Where the file goes. */
  filedAt: string
  /** Instruction period in months, when known. */
  months?: number
  delay: Conclusion
  silence: Conclusion & { meaning: SilenceMeaning }
}

export type OpinionKind = 'accord' | 'avis_simple' | 'accord_expres' | 'autorisation' | 'aucun'

export interface Opinion extends Conclusion {
  authority: string
  kind: OpinionKind
}

export interface PieceGroup {
  kind: ProcedureKind
  label: string
  pieces: Piece[]
}

export interface WorksTips extends WorksAdvice {
  works: WorksType
}

export interface ProcedureResult {
  procedures: RequiredProcedure[]
  decider: Conclusion
  opinions: Opinion[]
  architect: Conclusion & { required: 'oui' | 'non' | 'si_plus_de_150_m2' }
  pieces: PieceGroup[]
  tips: WorksTips[]
  warnings: Conclusion[]
  /** Rules the brief leaves to verify, and overlaps of protections. */
  uncertainties: Conclusion[]
  /** What was assumed for unknown answers, and why. */
  assumptions: Conclusion[]
  /** Every text cited, once. */
  sources: Source[]
  /** The consultation form's keys, for its prefill link. */
  prefill: { protection: ProtectionKind; worksTypes: WorksType[] }
}

/** Who reviewed a table or a page against the law. */
export type Reviewer = 'juriste' | 'abf' | 'equipe'

export interface Review {
  /** ISO date of the last review. */
  lastReviewed: string
  reviewedBy: Reviewer
}
