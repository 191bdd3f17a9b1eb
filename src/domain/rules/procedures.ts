// Each procedure: its name, its pages, and where the file goes.
import type { SourceId } from '../procedure-sources.ts'
import type { ProcedureInfo, ProcedureKind, Review } from './types.ts'

export const proceduresReview: Review = { lastReviewed: '2026-11-30', reviewedBy: 'equipe' }

export const procedureInfo: Record<ProcedureKind, ProcedureInfo> = {
  aucune: { label: 'Pas de formalité d’urbanisme' },
  declaration_prealable: {
    label: 'Déclaration préalable de travaux (DP)',
    page: '/demarches/declaration-prealable/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F17578',
  },
  permis_de_construire: {
    label: 'Permis de construire (PC)',
    page: '/demarches/permis-de-construire/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F1986',
  },
  permis_de_demolir: {
    label: 'Permis de démolir (PD)',
    page: '/demarches/permis-de-demolir/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F17669',
  },
  autorisation_speciale_site_classe: {
    label: 'Autorisation spéciale de travaux en site classé',
    page: '/demarches/autorisation-speciale-site-classe/',
  },
  autorisation_patrimoine: {
    label: 'Autorisation de travaux au titre du patrimoine (abords, site patrimonial remarquable)',
    page: '/comprendre/abords-des-monuments-historiques/',
  },
  declaration_site_inscrit: {
    label: 'Déclaration de travaux en site inscrit, 4 mois avant',
    page: '/comprendre/sites-inscrits/',
  },
  autorisation_travaux_mh: {
    label: 'Autorisation de travaux sur un monument historique classé (Cerfa 15459)',
    page: '/demarches/travaux-sur-monument-historique/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F32190',
  },
  declaration_travaux_mh_inscrit: {
    label: 'Déclaration de travaux à la DRAC, 4 mois avant (Cerfa 15459)',
    page: '/demarches/travaux-sur-monument-historique/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F32190',
  },
  autorisation_enseigne: {
    label: 'Autorisation préalable d’enseigne (Cerfa 14798)',
    page: '/demarches/enseignes/',
  },
  autorisation_travaux_erp: {
    label: 'Autorisation de travaux d’un établissement recevant du public (Cerfa 13824)',
    page: '/demarches/commerces-et-erp/',
  },
}

/** Where each file goes, and the text that says so. */
export const filing: Record<ProcedureKind, { text: string; sources: SourceId[] }> = {
  aucune: { text: 'Aucun dossier à déposer.', sources: [] },
  declaration_prealable: {
    text: 'En mairie (ou en ligne sur le guichet de la commune), qui transmet à l’UDAP.',
    sources: ['ficheCulture'],
  },
  permis_de_construire: {
    text: 'En mairie (ou en ligne sur le guichet de la commune), qui transmet à l’UDAP.',
    sources: ['ficheCulture'],
  },
  permis_de_demolir: {
    text: 'En mairie (ou en ligne sur le guichet de la commune), qui transmet à l’UDAP.',
    sources: ['ficheCulture'],
  },
  autorisation_speciale_site_classe: {
    text: 'Quand un permis ou une déclaration préalable est exigé, ce seul dossier, en mairie. Sinon, la demande s’adresse au préfet du département, pas à la mairie : faites confirmer par l’UDAP le service à qui l’envoyer.',
    sources: ['siteClasseHorsUrbanisme'],
  },
  autorisation_patrimoine: {
    text: 'Demandez à l’UDAP ou à la mairie où déposer la demande : sa forme est à confirmer.',
    sources: ['autorisationPatrimoine'],
  },
  declaration_site_inscrit: {
    text: 'Au préfet du département, au moins 4 mois avant les travaux ; faites confirmer par la mairie ou l’UDAP le service à qui l’envoyer.',
    sources: ['declarationSiteInscrit'],
  },
  autorisation_travaux_mh: {
    text: 'À l’UDAP, qui enregistre la demande pour le préfet de région ; pas en mairie.',
    sources: ['mhClasseDepot'],
  },
  declaration_travaux_mh_inscrit: {
    text: 'À la DRAC (conservation régionale des monuments historiques) ou à l’UDAP, pas en mairie.',
    sources: ['mhInscrit'],
  },
  autorisation_enseigne: {
    text: 'En mairie, qui consulte l’ABF quand le lieu est protégé.',
    sources: ['enseigne'],
  },
  autorisation_travaux_erp: {
    text: 'En mairie, en 4 exemplaires.',
    sources: ['erp'],
  },
}

/** Heaviest first: the order of the procedures in the result. */
export const procedureOrder: ProcedureKind[] = [
  'autorisation_travaux_mh',
  'permis_de_construire',
  'permis_de_demolir',
  'declaration_prealable',
  'autorisation_speciale_site_classe',
  'autorisation_patrimoine',
  'declaration_site_inscrit',
  'declaration_travaux_mh_inscrit',
  'autorisation_enseigne',
  'autorisation_travaux_erp',
  'aucune',
]
