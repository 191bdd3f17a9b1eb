// For each procedure, its instruction delay and what silence means at its end, as ordered rows:
// the first row whose case matches the protections applies.
import type { SourceId } from '../procedure-sources.ts'
import { type Context, has } from './context.ts'
import type { ProcedureKind, Review, SilenceMeaning } from './types.ts'

export const delaysReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

export interface Case {
  label: string
  test: (context: Context) => boolean
}

const when = (label: string, test: Case['test']): Case => ({ label, test })

export const cases = {
  siteClasse: when('Site classé', (c) => has(c, 'site_classe')),
  mhInscrit: when('Monument historique inscrit', (c) => has(c, 'mh_inscrit')),
  mhOrSiteClasse: when(
    'Monument historique ou site classé',
    (c) => has(c, 'mh_inscrit') || has(c, 'mh_classe') || has(c, 'site_classe'),
  ),
  mhInscritOnly: when(
    'Monument historique inscrit, sans autre protection',
    (c) => has(c, 'mh_inscrit') && !c.protege && !has(c, 'site_inscrit'),
  ),
  erp: when('Établissement recevant du public', (c) => c.erp),
  siteInscrit: when('Site inscrit', (c) => has(c, 'site_inscrit')),
  siteInscritDemolition: when(
    'Site inscrit, le projet comporte une démolition',
    (c) => has(c, 'site_inscrit') && c.demolition,
  ),
  accordAbf: when('Abords (accord de l’ABF) ou site patrimonial remarquable', (c) => c.accordAbf),
  abordsNonCovisible: when(
    'À moins de 500 m d’un monument, sans covisibilité',
    (c) => c.abordsNonCovisible,
  ),
  anyProtection: when('Tout espace protégé', (c) => c.anyProtection),
} as const

export interface DelayRow {
  if?: Case
  months?: number
  text: string
  sources: SourceId[]
}

export interface SilenceRow {
  if?: Case
  meaning: SilenceMeaning
  text: string
  sources: SourceId[]
}

const otherPermit = (months: number) => `Pour un autre permis de construire : ${months} mois.`

const permitDelays = (label: string, other: boolean): DelayRow[] => [
  {
    if: cases.siteClasse,
    months: 8,
    text: `${label} en site classé : 8 mois, parce que le ministre doit donner son accord.`,
    sources: ['siteClasseDelai', 'delais'],
  },
  {
    if: cases.mhInscrit,
    months: 5,
    text: `${label} pour un monument inscrit : 5 mois.`,
    sources: ['mhInscritDelai'],
  },
  ...(other
    ? [
        {
          if: cases.erp,
          months: 5,
          text: `${label} pour un établissement recevant du public : 5 mois.`,
          sources: ['mhInscritDelai'] as SourceId[],
        },
      ]
    : []),
  {
    if: cases.anyProtection,
    months: 3,
    text: `${label} : 3 mois, dont 1 mois de plus parce que le terrain est dans un espace protégé.${other ? ` ${otherPermit(4)}` : ''}`,
    sources: ['delais'],
  },
  {
    months: 2,
    text: `${label} : 2 mois.${other ? ` ${otherPermit(3)}` : ''}`,
    sources: ['delais'],
  },
]

export const delayRows: Record<ProcedureKind, DelayRow[]> = {
  declaration_prealable: [
    {
      if: cases.mhInscritOnly,
      text: 'Délai d’une déclaration préalable sur un monument inscrit : à vérifier auprès de la mairie.',
      sources: ['delais'],
    },
    {
      if: cases.abordsNonCovisible,
      months: 2,
      text: 'Instruction d’une déclaration préalable : 2 mois, dont 1 mois de plus du seul fait de l’emplacement du terrain.',
      sources: ['delais', 'moisSupplementaireAbords'],
    },
    {
      if: cases.anyProtection,
      months: 2,
      text: 'Instruction d’une déclaration préalable : 2 mois, dont 1 mois de plus parce que le terrain est dans un espace protégé.',
      sources: ['delais'],
    },
    { months: 1, text: 'Instruction d’une déclaration préalable : 1 mois.', sources: ['delais'] },
  ],
  permis_de_construire: permitDelays(
    'Instruction d’un permis de construire de maison individuelle',
    true,
  ),
  permis_de_demolir: permitDelays('Instruction d’un permis de démolir', false),
  autorisation_travaux_mh: [
    {
      months: 6,
      text: 'Le préfet de région décide dans les 6 mois (12 mois si le ministre se saisit du dossier).',
      sources: ['mhClasse'],
    },
  ],
  declaration_travaux_mh_inscrit: [
    {
      months: 4,
      text: 'La déclaration se fait au moins 4 mois avant les travaux.',
      sources: ['mhInscrit'],
    },
  ],
  autorisation_travaux_erp: [
    { months: 4, text: 'Instruction de l’autorisation de travaux : 4 mois.', sources: ['erp'] },
  ],
  autorisation_enseigne: [
    {
      if: cases.mhOrSiteClasse,
      months: 4,
      text: 'Délai : 4 mois sur un monument historique ou en site classé, d’après le code de l’environnement ; faites-le confirmer par la mairie.',
      sources: ['enseigneAvis'],
    },
    {
      months: 2,
      text: 'Délai : 2 mois en général, d’après le code de l’environnement ; faites-le confirmer par la mairie.',
      sources: ['enseigneAvis'],
    },
  ],
  autorisation_speciale_site_classe: [
    {
      text: 'Délai : à vérifier auprès de l’UDAP ; en site classé, un permis prend 8 mois, une déclaration préalable 2 mois.',
      sources: ['siteClasse', 'siteClasseDelai'],
    },
  ],
  autorisation_patrimoine: [
    {
      text: 'L’ABF a 1 mois pour se prononcer ; le délai total de la décision est à confirmer auprès de l’UDAP.',
      sources: ['autorisationPatrimoine'],
    },
  ],
  declaration_site_inscrit: [
    {
      months: 4,
      text: 'Les travaux ne peuvent pas commencer avant 4 mois après la déclaration.',
      sources: ['siteInscrit', 'declarationSiteInscrit'],
    },
  ],
  aucune: [
    { text: 'Aucun délai : pas de dossier à déposer.', sources: ['dispensesHorsProtection'] },
  ],
}
