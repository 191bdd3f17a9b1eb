// What silence means at the end of each procedure's delay, as ordered rows (delays.ts cases).
import { cases, type SilenceRow } from './delays.ts'
import type { ProcedureKind, Review } from './types.ts'

export const silenceReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

const mhInscrit: SilenceRow = {
  if: cases.mhInscrit,
  meaning: 'refus',
  text: 'Pour un monument inscrit, le silence de la mairie vaut refus.',
  sources: ['mhInscritDelai'],
}
const permitSiteClasse: SilenceRow = {
  if: cases.siteClasse,
  meaning: 'refus',
  text: 'En site classé, le silence sur un permis vaut refus.',
  sources: ['siteClasseDelai', 'silence'],
}
const permitAbf: SilenceRow = {
  if: cases.accordAbf,
  meaning: 'accord',
  text: 'Sans réponse à la fin du délai, le permis est en principe accordé ; mais si l’ABF a refusé son accord ou l’a assorti de prescriptions dans son délai, le silence vaut refus.',
  sources: ['silence'],
}
const ordinary: SilenceRow = {
  meaning: 'accord',
  text: 'Sans réponse à la fin du délai, la demande est acceptée.',
  sources: ['silence'],
}

export const silenceRows: Record<ProcedureKind, SilenceRow[]> = {
  declaration_prealable: [
    mhInscrit,
    {
      if: cases.siteClasse,
      meaning: 'a_verifier',
      text: 'En site classé, une décision tacite sur une déclaration préalable a été admise par le juge, mais ce point reste à vérifier : ne commencez pas sans décision écrite.',
      sources: ['siteClasse', 'silence'],
    },
    {
      if: cases.accordAbf,
      meaning: 'a_verifier',
      text: 'Sans réponse à la fin du délai, vous obtenez en principe une non-opposition tacite. Mais si l’ABF avait refusé son accord, cette décision tacite est illégale et la mairie peut la retirer dans les 3 mois. Demandez à la mairie si l’ABF a répondu avant de commencer.',
      sources: ['silence', 'retraitTacite'],
    },
    ordinary,
  ],
  permis_de_construire: [
    mhInscrit,
    permitSiteClasse,
    {
      if: cases.siteInscritDemolition,
      meaning: 'refus',
      text: 'En site inscrit, un permis qui comprend une démolition n’est jamais tacite : sans réponse, il est refusé.',
      sources: ['demolitionDansPermis'],
    },
    permitAbf,
    ordinary,
  ],
  permis_de_demolir: [
    mhInscrit,
    permitSiteClasse,
    {
      if: cases.siteInscrit,
      meaning: 'refus',
      text: 'En site inscrit, le silence sur une démolition vaut refus : l’ABF doit donner un accord exprès.',
      sources: ['demolitionSiteInscrit'],
    },
    permitAbf,
    ordinary,
  ],
  autorisation_travaux_mh: [
    {
      meaning: 'accord',
      text: 'Sans réponse dans le délai, l’autorisation est accordée.',
      sources: ['mhClasse'],
    },
  ],
  declaration_travaux_mh_inscrit: [
    {
      meaning: 'accord',
      text: 'Passé 4 mois, les travaux peuvent commencer ; l’administration ne peut s’y opposer qu’en engageant un classement.',
      sources: ['mhInscrit'],
    },
  ],
  autorisation_travaux_erp: [
    {
      meaning: 'accord',
      text: 'Sans réponse en 4 mois, l’autorisation est accordée.',
      sources: ['erp'],
    },
  ],
  autorisation_enseigne: [
    {
      meaning: 'a_verifier',
      text: 'D’après le code de l’environnement, le silence vaut autorisation à la fin du délai. Nous n’avons pas pu relire la rédaction en vigueur : faites-le confirmer par la mairie.',
      sources: ['enseigneAvis'],
    },
  ],
  autorisation_speciale_site_classe: [
    {
      meaning: 'a_verifier',
      text: 'Ne comptez pas sur le silence : en site classé, attendez une décision écrite.',
      sources: ['siteClasse'],
    },
  ],
  autorisation_patrimoine: [
    {
      meaning: 'a_verifier',
      text: 'Sans réponse de l’ABF en 1 mois, son accord est réputé donné ; ce que vaut le silence sur la demande elle-même est à confirmer auprès de l’UDAP.',
      sources: ['autorisationPatrimoine'],
    },
  ],
  declaration_site_inscrit: [
    {
      meaning: 'a_verifier',
      text: 'Ce n’est pas une demande d’autorisation : vous prévenez l’administration. Demandez à l’UDAP ce qu’elle peut vous répondre pendant les 4 mois.',
      sources: ['declarationSiteInscrit'],
    },
  ],
  aucune: [
    {
      meaning: 'a_verifier',
      text: 'Sans dossier, pas de délai ni de silence.',
      sources: [],
    },
  ],
}
