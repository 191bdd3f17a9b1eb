// The questionnaire's rules as a table: each protection against the works whose regime it
// changes. Each case names the article it rests on, and the result must cite it.
import { describe, expect, it } from 'vitest'
import type { ProcedureAnswers } from '../../src/domain/procedure-answers.ts'
import { type Source, sources } from '../../src/domain/procedure-sources.ts'
import type { ProtectionKind } from '../../src/domain/taxonomy.ts'
import {
  type Certainty,
  type ProcedureKind,
  whichProcedure,
} from '../../src/domain/which-procedure.ts'

const answers = (partial: Partial<ProcedureAnswers>): ProcedureAnswers => ({
  protections: [],
  works: [],
  commerce: [],
  entretien: 'non',
  ...partial,
})
const at = (...protections: ProtectionKind[]) => ({ protections })
const pda: Partial<ProcedureAnswers> = { protections: ['abords_mh'], abords: 'pda' }
const covisible: Partial<ProcedureAnswers> = { protections: ['abords_mh'], abords: 'covisible' }

interface Case {
  name: string
  answers: Partial<ProcedureAnswers>
  /** The procedures, heaviest first. */
  procedures: ProcedureKind[]
  certainty?: Certainty
  /** Instruction period of the first procedure. */
  months?: number | undefined
  silence?: 'accord' | 'refus' | 'a_verifier'
  /** A text the result must cite (part of a source title). */
  source: string
  /** What the first procedure's delay text must say, and must not. */
  delay?: RegExp
  notDelay?: RegExp
  filedAt?: RegExp
  /** A warning the result must give, and one it must not. */
  warns?: RegExp
  neverWarns?: RegExp
  /** An opinion ("authority: kind") the result must list, and one it must not. */
  opinion?: string
  noOpinion?: string
}

const cases: Case[] = [
  // Sheds and small annexes (≤ 5 m²): exempt outside, DP in SPR, abords, site classé.
  {
    name: 'shed of 4 m², no protection',
    answers: { ...at('aucune'), works: ['extension_veranda_annexe'], annexe: 'annexe', surface: 4 },
    procedures: ['aucune'],
    source: 'R421-2',
  },
  {
    name: 'shed of 4 m² in a PDA',
    answers: { ...pda, works: ['extension_veranda_annexe'], annexe: 'annexe', surface: 4 },
    procedures: ['declaration_prealable'],
    months: 2,
    // Finding 3: silence on a DP is a tacit non-opposition, withdrawable if the ABF refused.
    silence: 'a_verifier',
    source: 'R421-11',
  },
  {
    name: 'shed of 4 m² within 500 m, covisible',
    answers: { ...covisible, works: ['extension_veranda_annexe'], annexe: 'annexe', surface: 4 },
    procedures: ['declaration_prealable'],
    source: 'R421-11',
  },
  {
    name: 'shed of 4 m² within 500 m, not covisible: ordinary regime',
    answers: {
      protections: ['abords_mh'],
      abords: 'non_covisible',
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['aucune'],
    source: 'n° 431994',
  },
  {
    name: 'shed of 4 m² within 500 m, covisibility unknown: treated as covisible',
    answers: {
      protections: ['abords_mh'],
      abords: 'inconnu',
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['declaration_prealable'],
    source: 'L621-30',
  },
  {
    name: 'shed of 4 m² in an SPR',
    answers: { ...at('spr'), works: ['extension_veranda_annexe'], annexe: 'annexe', surface: 4 },
    procedures: ['declaration_prealable'],
    source: 'R421-11',
  },
  {
    name: 'shed of 4 m² in a site classé',
    answers: {
      ...at('site_classe'),
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['declaration_prealable'],
    silence: 'a_verifier',
    source: 'R425-17',
  },
  {
    // Finding 5: no DP for a shed under 5 m² in a site inscrit; the 4-month declaration.
    name: 'shed of 4 m² in a site inscrit: 4-month declaration, form to verify',
    answers: {
      ...at('site_inscrit'),
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['declaration_site_inscrit'],
    months: 4,
    certainty: 'a_verifier',
    source: 'L341-1',
  },
  {
    name: 'shed of 4 m², protection unknown: prudent (abords/SPR)',
    answers: {
      ...at('je_ne_sais_pas'),
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['declaration_prealable'],
    source: 'Atlas des patrimoines',
  },
  {
    name: 'shed of 12 m², no protection',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 12,
    },
    procedures: ['declaration_prealable'],
    months: 1,
    source: 'R421-9',
  },
  {
    name: 'garage of 25 m², no protection',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 25,
    },
    procedures: ['permis_de_construire'],
    months: 2,
    source: 'R421-9',
  },
  // Walls and fences.
  {
    name: 'wall of 1.5 m, no protection',
    answers: { ...at('aucune'), works: ['cloture_portail'], cloture: 'mur', hauteurMur: 1.5 },
    procedures: ['aucune'],
    source: 'R421-2',
  },
  {
    name: 'wall of 2.5 m, no protection',
    answers: { ...at('aucune'), works: ['cloture_portail'], cloture: 'mur', hauteurMur: 2.5 },
    procedures: ['declaration_prealable'],
    source: 'R421-2',
  },
  {
    name: 'wall of 1 m in a PDA: DP whatever the height',
    answers: { ...pda, works: ['cloture_portail'], cloture: 'mur', hauteurMur: 1 },
    procedures: ['declaration_prealable'],
    certainty: 'certain',
    source: 'R421-11',
  },
  {
    name: 'wall in a site inscrit: to verify',
    answers: { ...at('site_inscrit'), works: ['cloture_portail'], cloture: 'mur', hauteurMur: 1 },
    procedures: ['declaration_prealable'],
    certainty: 'a_verifier',
    source: 'R421-12',
  },
  {
    name: 'fence, no protection',
    answers: { ...at('aucune'), works: ['cloture_portail'], cloture: 'cloture' },
    procedures: ['aucune'],
    source: 'R421-2',
  },
  {
    name: 'fence in an SPR',
    answers: { ...at('spr'), works: ['cloture_portail'], cloture: 'cloture' },
    procedures: ['declaration_prealable'],
    source: 'R421-12',
  },
  {
    name: 'fence in a site inscrit',
    answers: { ...at('site_inscrit'), works: ['cloture_portail'], cloture: 'cloture' },
    procedures: ['declaration_prealable'],
    certainty: 'certain',
    months: 2,
    source: 'R421-12',
  },
  // Ravalement.
  {
    name: 'identical ravalement, no protection',
    answers: { ...at('aucune'), works: ['facade_ravalement'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R421-17-1',
  },
  {
    name: 'identical ravalement within 500 m, covisible',
    answers: { ...covisible, works: ['facade_ravalement'], entretien: 'oui' },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-17-1',
  },
  {
    name: 'ravalement in a site inscrit',
    answers: { ...at('site_inscrit'), works: ['facade_ravalement'] },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-17-1',
  },
  // Demolition.
  {
    name: 'demolition, no protection: only where the commune instituted the PD',
    answers: { ...at('aucune'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    certainty: 'a_verifier',
    source: 'R421-28',
  },
  {
    name: 'demolition in an SPR',
    answers: { ...at('spr'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    certainty: 'certain',
    months: 3,
    silence: 'accord',
    source: 'R421-28',
  },
  {
    name: 'demolition in a site inscrit: express accord, silence is refusal',
    answers: { ...at('site_inscrit'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    months: 3,
    silence: 'refus',
    source: 'R425-18',
  },
  {
    name: 'demolition in a site classé',
    answers: { ...at('site_classe'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    months: 8,
    silence: 'refus',
    source: 'R423-31',
  },
  {
    name: 'demolition of part of an MH inscrit',
    answers: { ...at('mh_inscrit'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    months: 5,
    silence: 'refus',
    source: 'R424-2',
  },
  {
    name: 'demolition on an MH classé: authorisation of the préfet de région',
    answers: { ...at('mh_classe'), works: ['demolition'] },
    procedures: ['autorisation_travaux_mh'],
    months: 6,
    silence: 'accord',
    source: 'R621-13',
  },
  // Joinery (colour change or identical replacement).
  {
    name: 'joinery colour change, no protection',
    answers: { ...at('aucune'), works: ['menuiseries'], entretien: 'non' },
    procedures: ['declaration_prealable'],
    months: 1,
    silence: 'accord',
    source: 'R421-17 a',
  },
  {
    name: 'joinery colour change in a PDA',
    answers: { ...pda, works: ['menuiseries'], entretien: 'non' },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-17 a',
  },
  {
    // Finding 7: identical works are not a DP; the heritage authorisation is to verify.
    name: 'identical joinery in an SPR: heritage authorisation to verify',
    answers: { ...at('spr'), works: ['menuiseries'], entretien: 'oui' },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    source: 'L632-1',
  },
  {
    // Finding 7.
    name: 'identical joinery in abords: heritage authorisation to verify',
    answers: { ...covisible, works: ['menuiseries'], entretien: 'oui' },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    source: 'L621-32',
  },
  {
    name: 'identical joinery, no protection',
    answers: { ...at('aucune'), works: ['menuiseries'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R421-17 a',
  },
  {
    name: 'identical joinery on an MH classé: maintenance exempt',
    answers: { ...at('mh_classe'), works: ['menuiseries'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R621-11',
  },
  {
    name: 'joinery on an MH classé',
    answers: { ...at('mh_classe'), works: ['menuiseries'], entretien: 'non' },
    procedures: ['autorisation_travaux_mh'],
    source: 'Cerfa 15459',
  },
  {
    name: 'identical joinery on an MH inscrit: declaration to the DRAC, to verify',
    answers: { ...at('mh_inscrit'), works: ['menuiseries'], entretien: 'oui' },
    procedures: ['declaration_travaux_mh_inscrit'],
    certainty: 'a_verifier',
    months: 4,
    source: 'L621-27',
  },
  {
    name: 'joinery in a site classé: DP, tacit decision to verify',
    answers: { ...at('site_classe'), works: ['menuiseries'], entretien: 'non' },
    procedures: ['declaration_prealable'],
    months: 2,
    silence: 'a_verifier',
    source: 'L341-10',
  },
  // Roofs.
  {
    // Finding 7.
    name: 'identical re-roofing in a PDA: heritage authorisation to verify',
    answers: { ...pda, works: ['toiture'], entretien: 'oui' },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    source: 'R621-96-1',
  },
  {
    name: 'identical roof repair, no protection',
    answers: { ...at('aucune'), works: ['toiture'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R421-17 a',
  },
  {
    name: 'new roofing material in a site inscrit',
    answers: { ...at('site_inscrit'), works: ['toiture'], entretien: 'non' },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-17 a',
  },
  // Solar panels.
  {
    name: 'solar panels, no protection',
    answers: { ...at('aucune'), works: ['panneaux_solaires'] },
    procedures: ['declaration_prealable'],
    months: 1,
    source: '9 décembre 2022',
  },
  {
    name: 'solar panels in an SPR',
    answers: { ...at('spr'), works: ['panneaux_solaires'] },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'L632-2',
  },
  {
    name: 'solar panels on an MH inscrit: permit, to verify',
    answers: { ...at('mh_inscrit'), works: ['panneaux_solaires'] },
    procedures: ['permis_de_construire'],
    certainty: 'a_verifier',
    months: 5,
    silence: 'refus',
    source: 'R423-28',
  },
  // Extensions of 15 m² and 30 m², in and out of zone U.
  {
    name: 'extension of 15 m², no protection',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 15,
    },
    procedures: ['declaration_prealable'],
    source: 'R421-17 a',
  },
  {
    name: 'extension of 15 m² in an SPR',
    answers: {
      ...at('spr'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 15,
    },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-17 a',
  },
  {
    name: 'extension of 30 m² in zone U, 120 m² in all',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'oui',
      surfaceTotale: 120,
    },
    procedures: ['declaration_prealable'],
    source: 'R421-14 b',
  },
  {
    name: 'extension of 30 m² in zone U, 160 m² in all',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'oui',
      surfaceTotale: 160,
    },
    procedures: ['permis_de_construire'],
    certainty: 'certain',
    source: 'R431-2',
  },
  {
    name: 'extension of 30 m² outside zone U',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'non',
    },
    procedures: ['permis_de_construire'],
    certainty: 'certain',
    months: 2,
    source: 'R421-14 b',
  },
  {
    name: 'extension of 30 m² in zone U, zone unknown: prudent permit',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'inconnu',
    },
    procedures: ['permis_de_construire'],
    certainty: 'a_verifier',
    source: 'R421-14 b',
  },
  {
    // Finding 6: the 40 m² threshold has no exception in protected areas; confirm in mairie.
    name: 'extension of 30 m² in zone U in a PDA: DP, to confirm',
    answers: {
      ...pda,
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'oui',
      surfaceTotale: 100,
    },
    procedures: ['declaration_prealable'],
    certainty: 'a_verifier',
    months: 2,
    source: 'R421-17 f',
  },
  {
    name: 'extension of 30 m² in a site classé',
    answers: {
      ...at('site_classe'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'non',
    },
    procedures: ['permis_de_construire'],
    months: 8,
    silence: 'refus',
    source: 'R425-17',
  },
  {
    name: 'extension of unknown size: prudent permit',
    answers: { ...at('spr'), works: ['extension_veranda_annexe'], annexe: 'extension' },
    procedures: ['permis_de_construire'],
    certainty: 'a_verifier',
    source: 'R421-14 b',
  },
  // Pools.
  {
    name: 'pool of 8 m², no protection',
    answers: { ...at('aucune'), works: ['piscine'], surfacePiscine: 8 },
    procedures: ['aucune'],
    source: 'R421-2',
  },
  {
    name: 'pool of 8 m² in abords: DP, exact list to verify',
    answers: { ...covisible, works: ['piscine'], surfacePiscine: 8 },
    procedures: ['declaration_prealable'],
    certainty: 'a_verifier',
    source: 'ANABF',
  },
  {
    name: 'pool of 40 m² in an SPR',
    answers: { ...at('spr'), works: ['piscine'], surfacePiscine: 40 },
    procedures: ['declaration_prealable'],
    months: 2,
    source: 'R421-9',
  },
  // Trees.
  {
    name: 'felling a tree, no protection',
    answers: { ...at('aucune'), works: ['arbres_espaces_verts'] },
    procedures: ['aucune'],
    source: 'R421-23',
  },
  {
    // Finding 4: heritage authorisation, not a DP, outside EBC and PLU protection.
    name: 'felling a tree in a PDA: heritage authorisation to verify',
    answers: { ...pda, works: ['arbres_espaces_verts'] },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    source: 'L632-1',
  },
  {
    name: 'felling a tree in a site classé: autorisation spéciale',
    answers: { ...at('site_classe'), works: ['arbres_espaces_verts'] },
    procedures: ['autorisation_speciale_site_classe'],
    months: undefined,
    source: 'L341-10',
  },
  {
    // Findings 4 and 5.
    name: 'felling a tree in a site inscrit: 4-month declaration, to verify',
    answers: { ...at('site_inscrit'), works: ['arbres_espaces_verts'] },
    procedures: ['declaration_site_inscrit'],
    certainty: 'a_verifier',
    source: 'L341-1',
  },
  // Signs, shopfronts and ERP.
  {
    name: 'sign, no protection: only with a local advertising rule',
    answers: { ...at('aucune'), works: ['devanture_enseigne'], commerce: ['enseigne'] },
    procedures: ['autorisation_enseigne'],
    certainty: 'a_verifier',
    source: 'L581-4',
  },
  {
    name: 'sign in an SPR',
    answers: { ...at('spr'), works: ['devanture_enseigne'], commerce: ['enseigne'] },
    procedures: ['autorisation_enseigne'],
    certainty: 'certain',
    source: 'L581-8',
  },
  {
    name: 'shopfront of a shop (ERP) in a PDA: DP and ERP authorisation',
    answers: { ...pda, works: ['devanture_enseigne'], commerce: ['devanture'], erp: 'oui' },
    procedures: ['declaration_prealable', 'autorisation_travaux_erp'],
    months: 2,
    source: 'Cerfa 13824',
  },
  {
    name: 'ERP extension needing a permit: the permit stands for the ERP authorisation',
    answers: {
      ...at('aucune'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 60,
      erp: 'oui',
    },
    procedures: ['permis_de_construire'],
    months: 5,
    source: 'R423-28',
  },
  {
    name: 'sign and shopfront on an MH classé',
    answers: { ...at('mh_classe'), works: ['devanture_enseigne'], commerce: ['enseigne'] },
    procedures: ['autorisation_travaux_mh', 'autorisation_enseigne'],
    source: 'L621-9',
  },
  // Several protections, several works.
  {
    name: 'demolition and extension of 30 m² outside zone U in an SPR',
    answers: {
      ...at('spr'),
      works: ['demolition', 'extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'non',
    },
    procedures: ['permis_de_construire', 'permis_de_demolir'],
    months: 3,
    source: 'R431-21',
  },
  {
    name: 'fence in an SPR that is also a site inscrit: overlap to verify',
    answers: { ...at('spr', 'site_inscrit'), works: ['cloture_portail'], cloture: 'cloture' },
    procedures: ['declaration_prealable'],
    source: 'L632-1',
  },

  // Finding 1: abords + site inscrit, only the abords regime applies.
  {
    name: 'demolition in a PDA that is also a site inscrit: abords only (finding 1)',
    answers: { ...pda, protections: ['abords_mh', 'site_inscrit'], works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    months: 3,
    silence: 'accord',
    source: 'L621-30 II',
    warns: /pas soumis aux règles du site inscrit(.|\n)*écrire au préfet de région/,
    neverWarns:
      /ne peuvent pas commencer avant 4 mois|recours préalable au préfet de région ne s’applique pas/,
    opinion: 'Architecte des Bâtiments de France: accord',
    noOpinion: 'Architecte des Bâtiments de France: accord_expres',
  },
  {
    name: 'shed of 4 m² covisible and in a site inscrit: abords only (finding 1)',
    answers: {
      ...covisible,
      protections: ['abords_mh', 'site_inscrit'],
      works: ['extension_veranda_annexe'],
      annexe: 'annexe',
      surface: 4,
    },
    procedures: ['declaration_prealable'],
    certainty: 'certain',
    source: 'L621-30 II',
    neverWarns: /ne peuvent pas commencer avant 4 mois/,
    noOpinion: 'Architecte des Bâtiments de France: avis_simple',
  },
  {
    name: 'pool of 8 m² within 500 m without covisibility, in a site inscrit (finding 1)',
    answers: {
      protections: ['abords_mh', 'site_inscrit'],
      abords: 'non_covisible',
      works: ['piscine'],
      surfacePiscine: 8,
    },
    procedures: ['declaration_site_inscrit'],
    months: 4,
    source: 'R341-9',
  },
  // Finding 2: a permit that includes a demolition in a site inscrit is refused by silence.
  {
    name: 'permit with a demolition in a site inscrit: silence is refusal (finding 2)',
    answers: {
      ...at('site_inscrit'),
      works: ['demolition', 'extension_veranda_annexe'],
      annexe: 'extension',
      surface: 60,
    },
    procedures: ['permis_de_construire', 'permis_de_demolir'],
    silence: 'refus',
    source: 'n° 421949',
    warns: /jamais tacite/,
  },
  {
    name: 'permit without demolition in a site inscrit: silence is accord (finding 2)',
    answers: {
      ...at('site_inscrit'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 60,
    },
    procedures: ['permis_de_construire'],
    months: 3,
    silence: 'accord',
    source: 'R425-30',
  },
  // Finding 3: silence on a DP.
  {
    name: 'joinery colour change in an SPR: tacit non-opposition, withdrawable (finding 3)',
    answers: { ...at('spr'), works: ['menuiseries'] },
    procedures: ['declaration_prealable'],
    silence: 'a_verifier',
    source: 'L424-5',
  },
  {
    name: 'new roofing in a site inscrit: silence on the DP is accord (finding 3)',
    answers: { ...at('site_inscrit'), works: ['toiture'] },
    procedures: ['declaration_prealable'],
    silence: 'accord',
    source: 'R424-1',
  },
  // Finding 4: felling trees.
  {
    name: 'felling a tree in an SPR: heritage authorisation, ABF 1 month (finding 4)',
    answers: { ...at('spr'), works: ['arbres_espaces_verts'] },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    silence: 'a_verifier',
    source: 'R621-96-10',
    delay: /1 mois/,
  },
  // Finding 5: site inscrit, works exempt from urban formalities.
  {
    name: 'pool of 8 m² in a site inscrit: declaration to the préfet (finding 5)',
    answers: { ...at('site_inscrit'), works: ['piscine'], surfacePiscine: 8 },
    procedures: ['declaration_site_inscrit'],
    certainty: 'a_verifier',
    months: 4,
    filedAt: /préfet/,
    source: 'R341-9',
  },
  {
    name: 'identical roof repair in a site inscrit: maintenance is exempt (finding 5)',
    answers: { ...at('site_inscrit'), works: ['toiture'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R421-17 a',
  },
  // Finding 6: extensions of 20–40 m² in zone U.
  {
    name: 'extension of 30 m² in zone U in an SPR, 100 m² in all: DP to confirm (finding 6)',
    answers: {
      ...at('spr'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'oui',
      surfaceTotale: 100,
    },
    procedures: ['declaration_prealable'],
    certainty: 'a_verifier',
    months: 2,
    source: 'R421-14 b',
  },
  {
    name: 'extension of 30 m² in zone U in a site inscrit, 170 m² in all: permit (finding 6)',
    answers: {
      ...at('site_inscrit'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'oui',
      surfaceTotale: 170,
    },
    procedures: ['permis_de_construire'],
    certainty: 'certain',
    source: 'R431-2',
  },
  // Finding 7: "entretien à l'identique" in protected areas.
  {
    name: 'identical roof in an SPR: heritage authorisation to verify (finding 7)',
    answers: { ...at('spr'), works: ['toiture'], entretien: 'oui' },
    procedures: ['autorisation_patrimoine'],
    certainty: 'a_verifier',
    source: 'L632-1',
  },
  {
    name: 'identical ravalement in an SPR: still a DP, the law names it (finding 7)',
    answers: { ...at('spr'), works: ['facade_ravalement'], entretien: 'oui' },
    procedures: ['declaration_prealable'],
    certainty: 'certain',
    source: 'R421-17-1',
  },
  {
    name: 'identical joinery in a site inscrit: no formality (finding 7)',
    answers: { ...at('site_inscrit'), works: ['menuiseries'], entretien: 'oui' },
    procedures: ['aucune'],
    source: 'R421-17 a',
  },
  // Finding 8: signs.
  {
    name: 'sign in a site inscrit: ABF avis, 2 months, silence to confirm (finding 8)',
    answers: { ...at('site_inscrit'), works: ['devanture_enseigne'], commerce: ['enseigne'] },
    procedures: ['autorisation_enseigne'],
    certainty: 'certain',
    months: 2,
    silence: 'a_verifier',
    source: 'R581-16',
  },
  {
    name: 'sign in a site classé: 4 months (finding 8)',
    answers: { ...at('site_classe'), works: ['devanture_enseigne'], commerce: ['enseigne'] },
    procedures: ['autorisation_enseigne'],
    months: 4,
    source: 'L581-21',
  },
  // Finding 9: works on an MH inscrit are a permit.
  {
    name: 'ravalement of an MH inscrit: permit (finding 9)',
    answers: { ...at('mh_inscrit'), works: ['facade_ravalement'] },
    procedures: ['permis_de_construire'],
    months: 5,
    silence: 'refus',
    source: 'R421-16',
  },
  // Finding 10: no month added after 8 or 5 months.
  {
    name: 'extension of 30 m² in a site classé: 8 months, no extra month (finding 10)',
    answers: {
      ...at('site_classe'),
      works: ['extension_veranda_annexe'],
      annexe: 'extension',
      surface: 30,
      zoneU: 'non',
    },
    procedures: ['permis_de_construire'],
    months: 8,
    source: 'R423-31',
    delay: /8 mois/,
    notDelay: /1 mois de plus|autre permis/,
  },
  {
    name: 'solar panels on an MH inscrit: 5 months, no extra month (finding 10)',
    answers: { ...at('mh_inscrit'), works: ['panneaux_solaires'] },
    procedures: ['permis_de_construire'],
    months: 5,
    source: 'R423-28',
    notDelay: /1 mois de plus|autre permis/,
  },
  {
    name: 'garage of 25 m² in an SPR: 3 months, 4 for another permit (finding 10)',
    answers: { ...at('spr'), works: ['construction_neuve'], surface: 25 },
    procedures: ['permis_de_construire'],
    months: 3,
    source: 'R423-24',
    delay: /autre permis de construire : 4 mois/,
  },
  // Finding 11: the ABF's silence is a refusal for a demolition in a site inscrit.
  {
    name: 'demolition in a site inscrit: the ABF’s silence is a refusal (finding 11)',
    answers: { ...at('site_inscrit'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    silence: 'refus',
    source: 'R423-67-2',
    opinion: 'Architecte des Bâtiments de France: accord_expres',
  },
  // Finding 12: the opening of works is declared for permits only; completion for both.
  {
    name: 'new roofing in an SPR: completion declared, no opening declaration (finding 12)',
    answers: { ...at('spr'), works: ['toiture'] },
    procedures: ['declaration_prealable'],
    source: 'R462-1',
    warns: /achèvement/,
    neverWarns: /déclarez en mairie l’ouverture/,
  },
  {
    name: 'demolition in an SPR: opening and completion declared (finding 12)',
    answers: { ...at('spr'), works: ['demolition'] },
    procedures: ['permis_de_demolir'],
    source: 'R424-16',
    warns: /déclarez en mairie l’ouverture du chantier/,
  },
  // Finding 13: where to file.
  {
    name: 'felling a tree in a site classé: the request goes to the préfet (finding 13)',
    answers: { ...at('site_classe'), works: ['arbres_espaces_verts'] },
    procedures: ['autorisation_speciale_site_classe'],
    filedAt: /préfet du département/,
    source: 'R341-10',
  },
  {
    name: 'joinery on an MH classé: filed at the UDAP (finding 13)',
    answers: { ...at('mh_classe'), works: ['menuiseries'] },
    procedures: ['autorisation_travaux_mh'],
    filedAt: /^À l’UDAP/,
    source: 'R621-12',
  },
  // Finding 15: no appeal needed once the mayor has contested the ABF's opinion.
  {
    name: 'ravalement in a PDA: the appeal warning names the mayor’s own appeal (finding 15)',
    answers: { ...pda, works: ['facade_ravalement'] },
    procedures: ['declaration_prealable'],
    source: 'n° 334747',
    warns: /maire a déjà contesté/,
  },
  // Finding 16: heat pumps outside protected areas.
  {
    name: 'heat pump, no protection: a ground unit may be exempt, to verify (finding 16)',
    answers: { ...at('aucune'), works: ['pompe_a_chaleur_climatisation'] },
    procedures: ['declaration_prealable'],
    certainty: 'a_verifier',
    months: 1,
    source: 'R421-17 a',
  },
  {
    name: 'heat pump in an SPR: DP (finding 16)',
    answers: { ...at('spr'), works: ['pompe_a_chaleur_climatisation'] },
    procedures: ['declaration_prealable'],
    certainty: 'certain',
    months: 2,
    source: 'R421-17 a',
  },
]

describe('whichProcedure: every protection against the works that change regime', () => {
  it('has at least 85 cases', () => expect(cases.length).toBeGreaterThanOrEqual(85))

  it.each(cases)('$name → $procedures ($source)', (entry) => {
    const result = whichProcedure(answers(entry.answers))
    expect(result.procedures.map((procedure) => procedure.kind)).toEqual(entry.procedures)
    const first = result.procedures[0]
    if (entry.certainty) expect(first?.certainty).toBe(entry.certainty)
    if ('months' in entry) expect(first?.months).toBe(entry.months)
    if (entry.silence) expect(first?.silence.meaning).toBe(entry.silence)
    const cited = result.sources.map((source) => source.title).join('\n')
    expect(cited).toContain(entry.source)
    if (entry.delay) expect(first?.delay.text).toMatch(entry.delay)
    if (entry.notDelay) expect(first?.delay.text).not.toMatch(entry.notDelay)
    if (entry.filedAt) expect(first?.filedAt).toMatch(entry.filedAt)
    const warnings = result.warnings.map((warning) => warning.text).join('\n')
    if (entry.warns) expect(warnings).toMatch(entry.warns)
    if (entry.neverWarns) expect(warnings).not.toMatch(entry.neverWarns)
    const opinions = result.opinions.map((opinion) => `${opinion.authority}: ${opinion.kind}`)
    if (entry.opinion) expect(opinions).toContain(entry.opinion)
    if (entry.noOpinion) expect(opinions).not.toContain(entry.noOpinion)
  })
})

describe('whichProcedure: who gives which opinion', () => {
  const opinionKinds = (partial: Partial<ProcedureAnswers>) =>
    whichProcedure(answers({ works: ['facade_ravalement'], ...partial })).opinions.map(
      (opinion) => `${opinion.authority}: ${opinion.kind}`,
    )

  it.each([
    [pda, ['Architecte des Bâtiments de France: accord']],
    [covisible, ['Architecte des Bâtiments de France: accord']],
    [
      { protections: ['abords_mh'], abords: 'non_covisible' },
      ['Architecte des Bâtiments de France: aucun'],
    ],
    [at('spr'), ['Architecte des Bâtiments de France: accord']],
    [at('site_inscrit'), ['Architecte des Bâtiments de France: avis_simple']],
    [at('site_classe'), ['Préfet ou ministre chargé des sites: autorisation']],
    [at('mh_inscrit'), ['Préfet de région (DRAC): accord']],
    [at('mh_classe'), ['Préfet de région (DRAC): autorisation']],
    [at('aucune'), ['Architecte des Bâtiments de France: aucun']],
  ] as [Partial<ProcedureAnswers>, string[]][])('%o → %o', (protection, expected) => {
    expect(opinionKinds(protection)).toEqual(expected)
  })

  it('asks the ABF’s express accord for a demolition in a site inscrit', () => {
    expect(opinionKinds({ ...at('site_inscrit'), works: ['demolition'] })).toContain(
      'Architecte des Bâtiments de France: accord_expres',
    )
  })

  // Finding 13: the MH classé file is registered at the UDAP (R621-12).
  it('sends an MH classé file to the UDAP, every other file to the mairie', () => {
    const classe = whichProcedure(answers({ ...at('mh_classe'), works: ['toiture'] }))
    expect(classe.decider.text).toMatch(/préfet de région/)
    expect(classe.procedures[0]?.filedAt).toMatch(/^À l’UDAP/)
    expect(classe.sources.map((source) => source.title).join()).toContain('R621-12')
    const spr = whichProcedure(answers({ ...at('spr'), works: ['toiture'] }))
    expect(spr.decider.text).toMatch(/maire/)
    expect(spr.procedures[0]?.filedAt).toMatch(/mairie/)
  })
})

describe('whichProcedure: file, architect, warnings', () => {
  it('asks for the DP11 materials notice in abords and an SPR, not outside', () => {
    const codes = (partial: Partial<ProcedureAnswers>) =>
      whichProcedure(answers({ works: ['menuiseries'], ...partial })).pieces.flatMap((group) =>
        group.pieces.map((piece) => piece.code),
      )
    expect(codes(pda)).toContain('DP11')
    expect(codes(at('spr'))).toContain('DP11')
    expect(codes(at('aucune'))).not.toContain('DP11')
    expect(codes(at('aucune'))).toEqual(expect.arrayContaining(['DP1', 'DP4']))
  })

  it('asks for photos and a photomontage in abords, and only if visible from the street elsewhere', () => {
    const photo = (partial: Partial<ProcedureAnswers>) =>
      whichProcedure(answers({ works: ['toiture'], ...partial })).pieces[0]?.pieces.find(
        (piece) => piece.code === 'DP7',
      )?.shows
    expect(photo(pda)).toMatch(/^Le bâtiment/)
    expect(photo(at('aucune'))).toMatch(/^Si le projet est visible depuis l’espace public/)
  })

  it('asks for a sign authorisation within 500 m only when the site is covisible', () => {
    const sign = (partial: Partial<ProcedureAnswers>) =>
      whichProcedure(answers({ works: ['devanture_enseigne'], commerce: ['enseigne'], ...partial }))
        .procedures[0]?.certainty
    expect(sign(covisible)).toBe('certain')
    expect(sign({ protections: ['abords_mh'], abords: 'non_covisible' })).toBe('a_verifier')
  })

  it('lists the permit and demolition pieces when both are needed', () => {
    const result = whichProcedure(
      answers({
        ...at('spr'),
        works: ['demolition', 'construction_neuve'],
        surface: 80,
      }),
    )
    expect(result.pieces.map((group) => group.pieces[0]?.code)).toEqual(['PCMI1', 'PD1'])
  })

  it.each([
    [160, 'oui'],
    [140, 'non'],
    [undefined, 'si_plus_de_150_m2'],
  ] as const)('architect for a permit with %s m² in all → %s', (surfaceTotale, required) => {
    const result = whichProcedure(
      answers({
        ...at('aucune'),
        works: ['construction_neuve'],
        surface: 60,
        ...(surfaceTotale === undefined ? {} : { surfaceTotale }),
      }),
    )
    expect(result.architect.required).toBe(required)
  })

  it('warns against relying on a tacit decision in a protected area only', () => {
    const warn = (partial: Partial<ProcedureAnswers>) =>
      whichProcedure(answers({ works: ['panneaux_solaires'], ...partial }))
        .warnings.map((warning) => warning.text)
        .join('\n')
    expect(warn(pda)).toMatch(/décision tacite/)
    expect(warn(pda)).toMatch(/préfet de région/)
    expect(warn(at('aucune'))).not.toMatch(/décision tacite/)
  })

  it('says why for every unknown answer', () => {
    const result = whichProcedure({
      protections: ['je_ne_sais_pas'],
      works: ['extension_veranda_annexe', 'devanture_enseigne'],
      commerce: [],
      entretien: 'inconnu',
      erp: 'inconnu',
    })
    const assumed = result.assumptions.map((assumption) => assumption.text).join('\n')
    expect(assumed).toMatch(/Vous ne savez pas si votre terrain est protégé/)
    expect(assumed).toMatch(/entretien à l’identique/)
    expect(assumed).toMatch(/extension ou d’une construction séparée/)
    expect(assumed).toMatch(/devanture ou l’enseigne/)
    expect(assumed).toMatch(/reçoit du public/)
  })

  it('lists every uncertain conclusion among the uncertainties, pointing to mairie or UDAP', () => {
    const result = whichProcedure(
      answers({ ...covisible, works: ['menuiseries', 'piscine'], entretien: 'oui' }),
    )
    expect(result.uncertainties.length).toBeGreaterThanOrEqual(2)
    for (const entry of result.uncertainties) expect(entry.text).toMatch(/mairie|UDAP|vérifier/)
  })

  it('cites only sources of the catalogue, each with an https address', () => {
    const catalogue = new Set<Source>(Object.values(sources))
    const result = whichProcedure(
      answers({ ...at('spr', 'site_inscrit', 'mh_inscrit'), works: ['demolition', 'piscine'] }),
    )
    for (const source of result.sources) {
      expect(catalogue.has(source)).toBe(true)
      expect(source.url).toMatch(/^https:\/\//)
    }
  })

  it('prefills the consultation form with the weightiest protection and the works', () => {
    const result = whichProcedure(
      answers({ protections: ['abords_mh', 'spr'], works: ['toiture', 'menuiseries'] }),
    )
    expect(result.prefill).toEqual({ protection: 'spr', worksTypes: ['toiture', 'menuiseries'] })
    expect(whichProcedure(answers({ works: ['toiture'] })).prefill.protection).toBe(
      'je_ne_sais_pas',
    )
  })

  it('gives the tips and fiche of each works type', () => {
    const result = whichProcedure(answers({ ...pda, works: ['panneaux_solaires'] }))
    expect(result.tips[0]?.fiche).toBe('/fiches-travaux/panneaux-solaires/')
    expect(result.tips[0]?.tips.length).toBeGreaterThan(0)
  })
})
