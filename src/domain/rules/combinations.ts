// The rules that combine protections, written once: which regime wins where two overlap, and
// which procedure adds to another. context.ts and evaluate.ts apply them; the public rules page
// lists them with their sources.
import type { SourceId } from '../procedure-sources.ts'
import type { Certainty, Review } from './types.ts'

export interface CombinationRule {
  title: string
  /** The rule in plain words. */
  text: string
  certainty: Certainty
  sources: SourceId[]
}

export const combinationsReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

export const combinations = {
  abordsSiteInscrit: {
    title: 'Abords et site inscrit : seules les règles des abords s’appliquent',
    text: 'Un immeuble protégé au titre des abords d’un monument n’est pas soumis aux règles du site inscrit : l’ABF donne son accord, le silence suit les règles ordinaires, le recours passe par le préfet de région ; ni accord exprès pour démolir, ni attente de 4 mois.',
    certainty: 'certain',
    sources: ['abordsSiteInscrit', 'recours'],
  },
  sprAbords: {
    title: 'Site patrimonial remarquable et abords : le site l’emporte',
    text: 'La protection des abords ne s’applique pas à l’intérieur d’un site patrimonial remarquable : c’est le régime du site qui compte, avec le même accord de l’ABF.',
    certainty: 'certain',
    sources: ['abordsDefinition'],
  },
  sprSiteInscrit: {
    title: 'Site patrimonial remarquable et site inscrit : le site patrimonial l’emporte',
    text: 'Les règles du site inscrit ne s’appliqueraient pas à l’intérieur d’un site patrimonial remarquable. Nous n’avons pas pu relire la rédaction en vigueur : le résultat applique le régime du site patrimonial et vous invite à le confirmer auprès de l’UDAP.',
    certainty: 'a_verifier',
    sources: ['sprSiteInscrit'],
  },
  monumentFirst: {
    title: 'Sur un monument historique, le code du patrimoine passe d’abord',
    text: 'Sur un monument classé, une autorisation du préfet de région remplace le permis et la déclaration. Sur un monument inscrit, les travaux relèvent d’un permis de construire, accordé avec l’accord du préfet de région, sauf l’entretien (déclaration à la DRAC 4 mois avant) et la démolition (permis de démolir). Les règles des abords ne s’appliquent pas au monument lui-même.',
    certainty: 'certain',
    sources: ['mhClasse', 'mhInscrit', 'mhInscritPermis'],
  },
  siteClasseAdds: {
    title: 'Site classé : une autorisation spéciale pour tout changement',
    text: 'En site classé, rien ne peut changer d’état ou d’aspect sans autorisation spéciale. Quand un permis ou une déclaration préalable est exigé, il en tient lieu (accord du préfet pour une déclaration, du ministre pour un permis) ; sinon, l’autorisation spéciale se demande à part. L’entretien courant n’en demande pas.',
    certainty: 'certain',
    sources: ['siteClasse', 'siteClasseHorsUrbanisme'],
  },
  siteInscritAdds: {
    title: 'Site inscrit : déclarer 4 mois avant',
    text: 'En site inscrit, les travaux autres que l’entretien courant se déclarent au préfet 4 mois avant. Un permis ou une déclaration préalable en tient lieu quand il est exigé de toute façon ; sinon, la déclaration se fait à part. La règle des 4 mois est sûre ; l’article qui organise cette déclaration séparée est à confirmer.',
    certainty: 'a_verifier',
    sources: ['siteInscrit', 'declarationSiteInscrit'],
  },
  demolitionInPermit: {
    title: 'Démolition en site inscrit, même incluse dans un permis de construire',
    text: 'Un permis qui comporte une démolition en site inscrit demande l’accord exprès de l’ABF : sans décision dans le délai, il est refusé, même quand la démolition est demandée avec le permis de construire.',
    certainty: 'certain',
    sources: ['demolitionSiteInscrit', 'demolitionDansPermis'],
  },
  erpAdds: {
    title: 'Établissement recevant du public : une autorisation de plus, sauf permis',
    text: 'Des travaux dans un établissement recevant du public demandent une autorisation de travaux (sécurité, accessibilité). Un permis de construire en tient lieu.',
    certainty: 'certain',
    sources: ['erp'],
  },
  unknownProtection: {
    title: 'Protection inconnue : la plus fréquente',
    text: 'Si vous ne savez pas si votre terrain est protégé, le résultat applique par prudence les règles des abords et des sites patrimoniaux remarquables ; si vous ne savez pas s’il y a covisibilité, il la suppose.',
    certainty: 'a_verifier',
    sources: ['atlas', 'covisibiliteJurisprudence'],
  },
} as const satisfies Record<string, CombinationRule>

export type CombinationId = keyof typeof combinations
