// What constructions, enclosures, shops, pools, demolitions and gardens need, protection by
// protection (code de l'urbanisme R421-2 to R421-28; codes du patrimoine and de l'environnement).
// First matching row wins, part by part.
import type { WorksType } from '../taxonomy.ts'
import { shopfront, sign, wall, wallUnder2 } from './conditions.ts'
import type { Review } from './types.ts'
import { accordAbf, protege, protegeOuInscrit, type WorksRule } from './works-rule.ts'
import { buildingRules } from './works-size.ts'

export const landWorksReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

export const landWorks: Record<
  Exclude<
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
  ...buildingRules,
  cloture_portail: [
    {
      where: protege,
      when: [wall],
      procedure: 'declaration_prealable',
      text: 'Dans un espace protégé, un mur demande une déclaration préalable, quelle que soit sa hauteur.',
      sources: ['petitesConstructionsProtegees'],
    },
    {
      where: ['site_inscrit'],
      when: [wall],
      procedure: 'declaration_prealable',
      certainty: 'a_verifier',
      text: 'En site inscrit, les clôtures se déclarent ; pour un mur qui n’en est pas une, la règle est à vérifier. Par prudence, le résultat indique une déclaration préalable.',
      sources: ['clotures', 'siteInscrit'],
    },
    {
      when: [wall, wallUnder2],
      procedure: 'aucune',
      text: 'Hors espace protégé, un mur de moins de 2 m de haut n’exige pas de formalité (sauf règle de la commune pour les clôtures).',
      sources: ['dispensesHorsProtection'],
    },
    {
      when: [wall],
      procedure: 'declaration_prealable',
      text: 'Hors espace protégé, un mur de 2 m ou plus demande une déclaration préalable ; sans sa hauteur, le résultat l’indique par prudence.',
      sources: ['dispensesHorsProtection'],
    },
    {
      where: protegeOuInscrit,
      procedure: 'declaration_prealable',
      text: 'Créer, modifier, remplacer ou repeindre une clôture ou un portail demande une déclaration préalable dans un espace protégé.',
      sources: ['clotures', 'listeAnabf'],
    },
    {
      procedure: 'aucune',
      text: 'Hors espace protégé, une clôture n’exige pas de formalité, sauf si la commune l’a soumise à déclaration : renseignez-vous en mairie.',
      sources: ['dispensesHorsProtection'],
    },
  ],
  devanture_enseigne: [
    {
      part: 'devanture',
      when: [shopfront],
      procedure: 'declaration_prealable',
      text: 'Modifier une devanture change l’aspect de la façade : déclaration préalable (permis de construire si la structure du bâtiment change).',
      sources: ['aspectExterieur', 'devanture'],
    },
    {
      part: 'enseigne',
      where: accordAbf,
      when: [sign],
      procedure: 'autorisation_enseigne',
      text: 'Une enseigne demande une autorisation préalable aux abords d’un monument et en site patrimonial remarquable ; elle est donnée après l’accord de l’ABF.',
      sources: ['enseigne', 'enseigneAvis'],
    },
    {
      part: 'enseigne',
      where: ['site_inscrit'],
      when: [sign],
      procedure: 'autorisation_enseigne',
      text: 'Une enseigne demande une autorisation préalable en site inscrit ; l’ABF donne un avis simple.',
      sources: ['enseigne', 'enseigneAvis'],
    },
    {
      part: 'enseigne',
      where: ['site_classe'],
      when: [sign],
      procedure: 'autorisation_enseigne',
      text: 'Une enseigne demande une autorisation préalable en site classé ; demandez à la mairie qui donne son avis.',
      sources: ['enseigne'],
    },
    {
      part: 'enseigne',
      when: [sign],
      procedure: 'autorisation_enseigne',
      certainty: 'a_verifier',
      text: 'Hors espace protégé, une enseigne ne demande une autorisation préalable que si la commune a un règlement local de publicité : renseignez-vous en mairie.',
      sources: ['enseigne'],
    },
  ],
  demolition: [
    {
      where: [...protegeOuInscrit, 'mh_inscrit'],
      procedure: 'permis_de_demolir',
      text: 'Toute démolition, même partielle (une cheminée, un mur, un portail), demande un permis de démolir dans un espace protégé.',
      sources: ['demolition'],
    },
    {
      procedure: 'permis_de_demolir',
      certainty: 'a_verifier',
      text: 'Hors espace protégé, le permis de démolir n’est exigé que si le conseil municipal l’a institué : demandez à la mairie.',
      sources: ['demolition'],
    },
  ],
  arbres_espaces_verts: [
    {
      where: ['site_classe'],
      procedure: 'autorisation_speciale_site_classe',
      text: 'En site classé, abattre ou défricher demande une autorisation spéciale (la façon de la demander est à vérifier auprès de l’UDAP).',
      sources: ['siteClasse', 'siteClasseHorsUrbanisme', 'arbres'],
    },
    {
      where: accordAbf,
      procedure: 'autorisation_patrimoine',
      certainty: 'a_verifier',
      text: 'Abattre un arbre ne demande une déclaration préalable que dans un espace boisé classé ou pour un élément protégé par le PLU. Sinon, aux abords d’un monument et en site patrimonial remarquable, c’est une autorisation au titre du patrimoine, avec l’accord de l’ABF. Demandez à la mairie si votre arbre est protégé par le PLU, et à l’UDAP comment présenter la demande.',
      sources: ['arbres', 'autorisationPatrimoine'],
    },
    {
      procedure: 'aucune',
      text: 'Pas de formalité d’urbanisme, sauf si l’arbre est dans un espace boisé classé ou protégé par le PLU (déclaration préalable) : renseignez-vous en mairie.',
      sources: ['arbres'],
    },
  ],
  autre: [
    {
      where: protegeOuInscrit,
      procedure: 'declaration_prealable',
      certainty: 'a_verifier',
      text: 'Nous ne pouvons pas conclure pour ces travaux : décrivez-les à la mairie ou à l’UDAP. Dans un espace protégé, tout ce qui change l’aspect extérieur demande au moins une déclaration préalable.',
      sources: ['aspectExterieur', 'listeAnabf'],
    },
    {
      procedure: 'aucune',
      certainty: 'a_verifier',
      text: 'Nous ne pouvons pas conclure pour ces travaux : décrivez-les à la mairie. Ce qui change l’aspect extérieur demande en général une déclaration préalable.',
      sources: ['aspectExterieur', 'listeAnabf'],
    },
  ],
}
