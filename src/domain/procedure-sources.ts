// The texts behind each conclusion of the questionnaire: the article, and a page cited by the
// project's domain brief where it can be read (Légifrance mirrors, service-public, ministry).

export interface Source {
  title: string
  url: string
}

const culturePratique =
  'https://www.culture.gouv.fr/Thematiques/Monuments-Sites/Ressources/Les-fiches-pratiques/Les-travaux-en-abords-de-monuments-historiques-et-dans-les-sites-patrimoniaux-remarquables'
const cultureFaq =
  'https://www.culture.gouv.fr/ar/catalogue-des-demarches-et-subventions/mes-travaux-en-site-protege/foire-aux-questions'
const anabfTravaux =
  'https://www.anabf.org/vous-conseiller/vos-questions/quels-travaux-necessitent-une-autorisation-en-espace-protege'
const adil = 'https://www.adil87.org/autorisation-travaux-regles-urbanisme/'

export const sources = {
  ficheCulture: {
    title:
      'Ministère de la Culture, fiche pratique : les travaux en abords et en site patrimonial remarquable',
    url: culturePratique,
  },
  abordsDefinition: {
    title: 'Code du patrimoine, art. L621-30 et L621-32 (abords des monuments historiques)',
    url: culturePratique,
  },
  covisibiliteJurisprudence: {
    title: 'Conseil d’État, 5 juin 2020, n° 431994 (covisibilité appréciée à l’œil nu)',
    url: 'https://www.bruno-roze-avocat.com/blog/la-covisibilite-d-un-projet-situe-a-moins-de-500-metres-d-un-monument-historique-doit-etre-appreciee-a-l-il-nu.html',
  },
  moisSupplementaireAbords: {
    title: 'CAA Lyon, 30 octobre 2012, n° 12LY00591 (délai majoré du fait de la situation)',
    url: 'https://consultation.avocat.fr/barreau-bordeaux/blog/pierre-castera-minard/article-36854-comment-apprecier-le-champ-de-visibilite-d-un-immeuble-classe-ou-inscrit.html',
  },
  spr: {
    title: 'Code du patrimoine, art. L632-1 et L632-2 (travaux en site patrimonial remarquable)',
    url: culturePratique,
  },
  siteInscrit: {
    title:
      'Code de l’environnement, art. L341-1 ; code de l’urbanisme, art. R425-30 (site inscrit)',
    url: 'https://lexbase.fr/texte-de-loi/code-de-lurbanismer42530/L7724IC3.html',
  },
  demolitionSiteInscrit: {
    title: 'Code de l’urbanisme, art. R425-18, R423-67-2 et R424-2 (démolition en site inscrit)',
    url: 'https://idcite.fr/Silence-valant-decision-implicite-de-rejet-Absence-d-application-a-un-projet-portant-sur-une-demolition-soumise-a-permis_a6519.html',
  },
  siteClasse: {
    title:
      'Code de l’environnement, art. L341-10 ; code de l’urbanisme, art. R425-17 (site classé)',
    url: 'https://juriblio.fr/codes/code-de-l-urbanisme/partie-reglementaire-decrets-en-conseil-d-etat/livre-iv/titre-ii/chapitre-v/section-2/article-r-425-17',
  },
  siteClasseDelai: {
    title: 'Code de l’urbanisme, art. R423-31 (8 mois en site classé, numéro à vérifier)',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000030864492',
  },
  mhClasse: {
    title: 'Code du patrimoine, art. L621-9, R621-11 et R621-13 (monument historique classé)',
    url: 'https://www.preventionbtp.fr/droit-de-la-prevention/article-r621-13-du-code-du-patrimoine_mzUYprRQ8DgSA4tnbYU8Vc',
  },
  mhClasseCerfa: {
    title: 'Cerfa 15459*02, arrêté du 1er février 2021 (travaux sur monument historique)',
    url: 'https://www.lagazettedescommunes.com/720494/monuments-historiques-un-modele-de-demande-pour-travaux-ou-subvention/',
  },
  mhInscrit: {
    title: 'Code du patrimoine, art. L621-27 ; service-public F32190 (monument historique inscrit)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F32190',
  },
  mhInscritDelai: {
    title: 'Code de l’urbanisme, art. R423-28 et R424-2 (5 mois, silence vaut refus)',
    url: 'https://sitesecurite.com/contenu/_codes/cu/cur423_24a33.php',
  },
  dispensesHorsProtection: {
    title: 'Code de l’urbanisme, art. R421-2, R421-9, R421-14 et R421-17 (régime ordinaire)',
    url: adil,
  },
  petitesConstructionsProtegees: {
    title: 'Code de l’urbanisme, art. R421-2 et R421-11 (constructions et murs en espace protégé)',
    url: anabfTravaux,
  },
  aspectExterieur: {
    title: 'Code de l’urbanisme, art. R421-17 a (travaux qui modifient l’aspect extérieur)',
    url: adil,
  },
  ravalement: {
    title: 'Code de l’urbanisme, art. R421-17-1 (ravalement en espace protégé)',
    url: 'https://rapport-congresdesnotaires.fr/2020-rapport-du-116e-congres/la-reglementation-issue-du-code-de-lurbanisme',
  },
  clotures: {
    title: 'Code de l’urbanisme, art. R421-12 (clôtures en espace protégé)',
    url: anabfTravaux,
  },
  demolition: {
    title: 'Code de l’urbanisme, art. R421-28 (permis de démolir en espace protégé)',
    url: anabfTravaux,
  },
  listeAnabf: {
    title: 'ANABF, travaux qui nécessitent une autorisation en espace protégé',
    url: anabfTravaux,
  },
  extensionZoneU: {
    title: 'Code de l’urbanisme, art. R421-14 b et R421-17 f (seuil de 40 m² en zone urbaine)',
    url: adil,
  },
  architecte: {
    title: 'Code de l’urbanisme, art. R431-2 (architecte au-delà de 150 m²)',
    url: adil,
  },
  delais: {
    title: 'Code de l’urbanisme, art. R423-23 et R423-24 ; ministère de la Culture, délais',
    url: cultureFaq,
  },
  silence: {
    title: 'Code de l’urbanisme, art. R424-1, R424-3 et R424-13 (décision tacite)',
    url: 'https://www.codes-et-lois.fr/code-de-l-urbanisme/article-r-424-3',
  },
  recours: {
    title: 'Code de l’urbanisme, art. R424-14 ; code du patrimoine, art. L632-2 III (recours)',
    url: 'https://anabf.org/vous-conseiller/vos-questions/quelles-sont-les-modalites-de-recours',
  },
  chantier: {
    title:
      'Code de l’urbanisme, art. R424-16 (ouverture du chantier, permis) et R462-1 (achèvement des travaux)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075',
  },
  recoursMaire: {
    title:
      'Conseil d’État, avis du 30 juin 2010, n° 334747 (pas de recours du demandeur si le maire a déjà contesté l’avis)',
    url: 'https://anabf.org/vous-conseiller/vos-questions/quelles-sont-les-modalites-de-recours',
  },
  recoursSiteInscrit: {
    title: 'Conseil d’État, 31 mars 2017, n° 395010 (pas de recours au préfet de région)',
    url: 'https://www.idcite.com/Juris-Recours-administratif-prealable-contre-la-decision-de-l-architecte-des-Batiments-de-France-Conditions-de-saisine_a25970.amp.html',
  },
  piecesDp: {
    title: 'Code de l’urbanisme, art. R431-35 à R431-36 ; pièce DP11 (à vérifier)',
    url: 'https://www.construires.fr/declaration-prealable-de-travaux/dp11',
  },
  piecesPc: {
    title: 'Code de l’urbanisme, art. R431-7 à R431-14 (pièces du permis de construire)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1986',
  },
  piecesPd: {
    title: 'Code de l’urbanisme, art. R451-2 et R431-21 (pièces du permis de démolir)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F17669',
  },
  erp: {
    title: 'Code de la construction et de l’habitation : autorisation de travaux (Cerfa 13824)',
    url: 'https://www.ville-noisiel.fr/Autorisation-de-travaux-pour-les',
  },
  enseigne: {
    title: 'Code de l’environnement, art. L581-4, L581-8 et L581-18 (enseignes, Cerfa 14798)',
    url: 'https://www.esm45.fr/cerfa-14798-demande-dautorisation-prealable/',
  },
  devanture: {
    title: 'Service-public entreprendre F32169 (modifier une devanture)',
    url: 'https://entreprendre.service-public.fr/vosdroits/F32169',
  },
  solaire: {
    title: 'Instruction interministérielle du 9 décembre 2022 (panneaux solaires et patrimoine)',
    url: 'https://www.actu-environnement.com/ae/news/instruction-installation-photovoltaique-solaire-paysage-patrimoine-insertion-41003.php4',
  },
  arbres: {
    title:
      'Code de l’urbanisme, art. R421-23 ; code du patrimoine, art. L621-32 et L632-1 (arbres)',
    url: anabfTravaux,
  },
  abordsSiteInscrit: {
    title:
      'Code du patrimoine, art. L621-30 II (les servitudes du site inscrit ne s’appliquent pas aux abords)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236',
  },
  sprSiteInscrit: {
    title: 'Code du patrimoine, art. L632-3 (site inscrit dans un site patrimonial remarquable)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236',
  },
  declarationSiteInscrit: {
    title:
      'Code de l’environnement, art. L341-1 et R341-9 (déclaration au préfet 4 mois avant, site inscrit)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220',
  },
  autorisationPatrimoine: {
    title:
      'Code du patrimoine, art. L621-32, L632-1, R621-96-1 et R621-96-10 (autorisation au titre du patrimoine)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236',
  },
  enseigneAvis: {
    title: 'Code de l’environnement, art. R581-16 et L581-21 (avis de l’ABF et silence, enseignes)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220',
  },
  mhInscritPermis: {
    title:
      'Code de l’urbanisme, art. R421-16 (travaux sur un monument inscrit : permis de construire)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075',
  },
  mhClasseDepot: {
    title: 'Code du patrimoine, art. R621-12 (dépôt de la demande à l’UDAP, monument classé)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236',
  },
  demolitionDansPermis: {
    title:
      'Code de l’urbanisme, art. R424-2 i ; Conseil d’État, 12 février 2020, n° 421949 (permis avec démolition en site inscrit)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075',
  },
  retraitTacite: {
    title:
      'Code de l’urbanisme, art. L424-5 (retrait d’une décision tacite illégale dans les 3 mois)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075',
  },
  siteClasseHorsUrbanisme: {
    title:
      'Code de l’environnement, art. L341-10 et R341-10 (autorisation spéciale sans permis ni déclaration)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220',
  },
  atlas: {
    title: 'Ministère de la Culture, trouver si une adresse est protégée (Atlas des patrimoines)',
    url: cultureFaq,
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources
