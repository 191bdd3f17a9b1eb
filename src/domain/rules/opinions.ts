// Who gives which opinion, protection by protection: the authority, the kind of opinion, and
// what it means for the applicant. Rows apply when their case matches the protections.
import type { SourceId } from '../procedure-sources.ts'
import { type Context, has } from './context.ts'
import type { OpinionKind, Review } from './types.ts'

export const opinionsReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

export interface OpinionRow {
  /** The protection, in words (the rules page's heading). */
  protection: string
  applies: (context: Context) => boolean
  authority: string
  kind: OpinionKind
  text: string
  sources: SourceId[]
}

const abf = 'Architecte des Bâtiments de France'

export const opinionRows: OpinionRow[] = [
  {
    protection: 'Monument historique classé',
    applies: (c) => has(c, 'mh_classe'),
    authority: 'Préfet de région (DRAC)',
    kind: 'autorisation',
    text: 'Le préfet de région autorise les travaux sur le monument classé, après examen par la conservation régionale des monuments historiques et l’UDAP.',
    sources: ['mhClasse'],
  },
  {
    protection: 'Monument historique inscrit',
    applies: (c) => has(c, 'mh_inscrit'),
    authority: 'Préfet de région (DRAC)',
    kind: 'accord',
    text: 'Le permis ne peut être accordé sans l’accord du préfet de région.',
    sources: ['mhInscrit'],
  },
  {
    protection: 'Site patrimonial remarquable',
    applies: (c) => has(c, 'spr'),
    authority: abf,
    kind: 'accord',
    text: 'L’ABF doit donner son accord, éventuellement avec des prescriptions (matériaux, couleurs, détails) ; le maire est tenu de le suivre. Sans réponse de l’ABF dans son délai, son accord est réputé donné.',
    sources: ['spr'],
  },
  {
    protection: 'Abords d’un monument (périmètre délimité ou covisibilité)',
    applies: (c) => has(c, 'abords') && !has(c, 'spr'),
    authority: abf,
    kind: 'accord',
    text: 'L’ABF doit donner son accord, éventuellement avec des prescriptions (matériaux, couleurs, détails) ; le maire est tenu de le suivre. Sans réponse de l’ABF dans son délai, son accord est réputé donné.',
    sources: ['abordsDefinition'],
  },
  {
    protection: 'À moins de 500 m d’un monument, sans covisibilité',
    applies: (c) => c.abordsNonCovisible && !c.accordAbf,
    authority: abf,
    kind: 'aucun',
    text: 'Sans covisibilité avec le monument, l’accord de l’ABF n’est pas requis ; il peut formuler des observations. C’est lui qui apprécie la covisibilité : en cas de doute, préparez le dossier comme s’il y en avait une.',
    sources: ['abordsDefinition', 'covisibiliteJurisprudence'],
  },
  {
    protection: 'Site inscrit',
    applies: (c) => has(c, 'site_inscrit'),
    authority: abf,
    kind: 'avis_simple',
    text: 'En site inscrit, l’ABF donne un avis simple sur les permis et déclarations : le maire peut s’en écarter.',
    sources: ['siteInscrit'],
  },
  {
    protection: 'Site inscrit, démolition',
    applies: (c) => has(c, 'site_inscrit') && c.demolition,
    authority: abf,
    kind: 'accord_expres',
    text: 'Pour une démolition en site inscrit, il faut l’accord exprès de l’ABF : sans réponse en 2 mois, il est réputé refusé.',
    sources: ['demolitionSiteInscrit'],
  },
  {
    protection: 'Site classé',
    applies: (c) => has(c, 'site_classe'),
    authority: 'Préfet ou ministre chargé des sites',
    kind: 'autorisation',
    text: 'En site classé, une autorisation spéciale est nécessaire : le préfet la donne pour les travaux soumis à déclaration préalable, après avis de l’ABF ; le ministre pour ceux soumis à permis, après avis de la commission départementale de la nature, des paysages et des sites.',
    sources: ['siteClasse'],
  },
  {
    protection: 'Hors espace protégé',
    applies: (c) => !c.anyProtection,
    authority: abf,
    kind: 'aucun',
    text: 'Hors espace protégé, l’ABF ne donne pas d’avis sur votre dossier ; vous pouvez toujours demander conseil.',
    sources: ['ficheCulture'],
  },
]
