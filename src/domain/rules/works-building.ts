// What works on an existing building need, protection by protection (code de l'urbanisme,
// R421-17 and R421-17-1; code du patrimoine for abords and SPR). First matching row wins.
import type { WorksType } from '../taxonomy.ts'
import { identical, notIdentical } from './conditions.ts'
import type { Review } from './types.ts'
import { accordAbf, protege, protegeOuInscrit, type WorksRule } from './works-rule.ts'

export const buildingWorksReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

const identicalHeritage = (subject: string): WorksRule => ({
  where: accordAbf,
  when: [identical],
  procedure: 'autorisation_patrimoine',
  certainty: 'a_verifier',
  text: `${subject} à l’identique ne change pas l’aspect extérieur : pas de déclaration préalable en principe. Mais aux abords d’un monument et en site patrimonial remarquable, une autorisation au titre du patrimoine peut être exigée : l’ABF juge ce qui peut modifier l’aspect, et le règlement du site peut viser ces travaux. Demandez à l’UDAP avant de commencer.`,
  sources: ['aspectExterieur', 'autorisationPatrimoine'],
})

export const buildingWorks: Record<
  Extract<
    WorksType,
    | 'facade_ravalement'
    | 'menuiseries'
    | 'toiture'
    | 'fenetre_de_toit'
    | 'panneaux_solaires'
    | 'isolation_exterieure'
    | 'pompe_a_chaleur_climatisation'
  >,
  WorksRule[]
> = {
  facade_ravalement: [
    {
      where: protegeOuInscrit,
      procedure: 'declaration_prealable',
      text: 'Un ravalement, même à l’identique, demande une déclaration préalable dans un espace protégé.',
      sources: ['ravalement'],
    },
    {
      when: [identical],
      procedure: 'aucune',
      text: 'Hors espace protégé, un ravalement à l’identique n’exige pas de formalité, sauf si la commune l’a imposé : renseignez-vous en mairie.',
      sources: ['ravalement'],
    },
    {
      procedure: 'declaration_prealable',
      text: 'Un ravalement qui change la couleur ou le matériau de la façade modifie son aspect : déclaration préalable.',
      sources: ['aspectExterieur'],
    },
  ],
  menuiseries: [
    {
      where: protege,
      when: [notIdentical],
      procedure: 'declaration_prealable',
      text: 'Changer le matériau, la couleur ou le dessin des fenêtres, portes ou volets demande une déclaration préalable ; en espace protégé, même un remplacement dans un autre matériau ou une autre couleur.',
      sources: ['aspectExterieur', 'listeAnabf'],
    },
    {
      when: [notIdentical],
      procedure: 'declaration_prealable',
      text: 'Changer le matériau, la couleur ou le dessin des fenêtres, portes ou volets modifie l’aspect extérieur : déclaration préalable.',
      sources: ['aspectExterieur', 'listeAnabf'],
    },
    identicalHeritage('Remplacer des menuiseries'),
    {
      procedure: 'aucune',
      text: 'Un remplacement ou une réparation à l’identique ne change pas l’aspect extérieur : pas de formalité d’urbanisme.',
      sources: ['aspectExterieur'],
    },
  ],
  toiture: [
    identicalHeritage('Refaire une couverture'),
    {
      when: [identical],
      procedure: 'aucune',
      text: 'Une réparation de toiture à l’identique ne change pas l’aspect extérieur : pas de formalité d’urbanisme.',
      sources: ['aspectExterieur'],
    },
    {
      procedure: 'declaration_prealable',
      text: 'Changer le matériau, la couleur ou la forme du toit modifie l’aspect extérieur : déclaration préalable.',
      sources: ['aspectExterieur', 'listeAnabf'],
    },
  ],
  fenetre_de_toit: [
    {
      procedure: 'declaration_prealable',
      text: 'Créer ou modifier une fenêtre de toit modifie l’aspect extérieur : déclaration préalable.',
      sources: ['aspectExterieur'],
    },
  ],
  panneaux_solaires: [
    {
      where: protege,
      procedure: 'declaration_prealable',
      text: 'Des panneaux solaires modifient l’aspect extérieur : déclaration préalable. L’accord de l’ABF est nécessaire aux abords et en site patrimonial remarquable ; au sol, une petite installation se déclare aussi en espace protégé.',
      sources: ['aspectExterieur', 'solaire'],
    },
    {
      procedure: 'declaration_prealable',
      text: 'Des panneaux solaires modifient l’aspect extérieur : déclaration préalable.',
      sources: ['aspectExterieur', 'solaire'],
    },
  ],
  isolation_exterieure: [
    {
      procedure: 'declaration_prealable',
      text: 'Une isolation par l’extérieur modifie l’aspect extérieur : déclaration préalable.',
      sources: ['aspectExterieur', 'ravalement'],
    },
  ],
  pompe_a_chaleur_climatisation: [
    {
      where: protegeOuInscrit,
      procedure: 'declaration_prealable',
      text: 'Une unité extérieure visible (façade, toit, balcon) modifie l’aspect extérieur : en espace protégé, presque toute installation visible demande une déclaration préalable.',
      sources: ['aspectExterieur'],
    },
    {
      procedure: 'declaration_prealable',
      certainty: 'a_verifier',
      text: 'Hors espace protégé, une unité posée au sol qui ne change pas l’aspect du bâtiment ne demande pas de formalité ; sur la façade, le toit ou un balcon, elle demande une déclaration préalable. Le résultat indique la déclaration par prudence : demandez à la mairie si votre installation en est dispensée.',
      sources: ['aspectExterieur'],
    },
  ],
}
