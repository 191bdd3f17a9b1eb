// Works on a monument historique itself: the code du patrimoine comes before the code de
// l'urbanisme. Used instead of the works tables (except a demolition on a monument inscrit).
import { identical, signOnly } from './conditions.ts'
import type { Review } from './types.ts'
import type { WorksRule } from './works-rule.ts'

export const monumentsReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

const signOnMonument: WorksRule = {
  part: 'enseigne',
  when: [signOnly],
  procedure: 'autorisation_enseigne',
  text: 'Une enseigne sur un monument historique demande une autorisation préalable, après l’accord de l’ABF.',
  sources: ['enseigne', 'enseigneAvis'],
}

export const monumentWorks: Record<'mh_classe' | 'mh_inscrit', WorksRule[]> = {
  mh_classe: [
    signOnMonument,
    {
      when: [identical],
      procedure: 'aucune',
      text: 'Sur un monument classé, l’entretien courant est dispensé d’autorisation ; la réparation, la restauration ou la modification ne le sont pas.',
      sources: ['mhClasse'],
    },
    {
      procedure: 'autorisation_travaux_mh',
      text: 'Toute restauration, réparation ou modification d’un monument classé demande l’autorisation du préfet de région, hors des permis et déclarations ordinaires.',
      sources: ['mhClasse', 'mhClasseCerfa'],
    },
  ],
  mh_inscrit: [
    signOnMonument,
    {
      when: [identical],
      procedure: 'declaration_travaux_mh_inscrit',
      certainty: 'a_verifier',
      text: 'Sur un monument inscrit, les travaux qui ne relèvent ni d’un permis ni d’une déclaration préalable se déclarent à la DRAC 4 mois avant. Demandez à l’UDAP si votre entretien courant en est dispensé.',
      sources: ['mhInscrit'],
    },
    {
      procedure: 'permis_de_construire',
      certainty: 'a_verifier',
      text: 'Sur un monument inscrit, les travaux relèvent d’un permis de construire, même quand ils seraient ailleurs une simple déclaration (sauf l’entretien et la démolition), accordé avec l’accord du préfet de région. Faites confirmer par l’UDAP avant de préparer le dossier.',
      sources: ['mhInscrit', 'mhInscritDelai', 'mhInscritPermis'],
    },
  ],
}
