// What UDAPs usually expect, per type of works: typical practice drawn from the fiches travaux
// (domain brief §4), not national rules — the page says so and sends to the fiche.
import type { WorksType } from './taxonomy.ts'

export interface WorksAdvice {
  /** The matching fiche travaux, when there is one. */
  fiche?: string
  tips: string[]
  /** Documents that help beyond the numbered pieces. */
  extras: string[]
}

export const worksAdvice: Record<WorksType, WorksAdvice> = {
  facade_ravalement: {
    fiche: '/fiches-travaux/facades-et-ravalement/',
    tips: [
      'Identifiez d’abord le matériau du mur (pierre, moellons, pan de bois, brique).',
      'Sur un mur ancien, prévoyez des enduits et badigeons à la chaux plutôt qu’un enduit ciment.',
      'Conservez et réparez les corniches, bandeaux et encadrements.',
    ],
    extras: ['Références de couleurs (nuancier local)'],
  },
  menuiseries: {
    fiche: '/fiches-travaux/fenetres-portes-et-volets/',
    tips: [
      'Réparer plutôt que remplacer est souvent la meilleure option.',
      'Gardez le dessin d’origine : matériau, épaisseur des profils, petits bois.',
      'Évitez les coffres de volets roulants visibles ; choisissez les couleurs dans le nuancier.',
    ],
    extras: ['Dessin ou coupe de la menuiserie projetée'],
  },
  toiture: {
    fiche: '/fiches-travaux/toitures-et-couvertures/',
    tips: [
      'Reprenez le matériau traditionnel du secteur (tuile plate ou canal, ardoise…).',
      'Préférez des gouttières en zinc ou en cuivre ; conservez les souches de cheminée.',
    ],
    extras: ['Fiches produits ou échantillons des matériaux'],
  },
  fenetre_de_toit: {
    fiche: '/fiches-travaux/fenetres-de-toit-et-lucarnes/',
    tips: [
      'Peu de fenêtres, de petite taille, encastrées dans la couverture.',
      'Alignez-les sur les ouvertures de la façade ; évitez le versant sur rue.',
    ],
    extras: ['Fiche produit de la fenêtre de toit'],
  },
  panneaux_solaires: {
    fiche: '/fiches-travaux/panneaux-solaires/',
    tips: [
      'Des panneaux sombres et mats, intégrés ou posés à plat dans le plan du toit.',
      'Un seul champ rectangulaire, aligné sur les ouvertures, plutôt qu’une pose éparse.',
      'Préférez le versant le moins visible, une annexe, un abri de voiture ou le sol.',
    ],
    extras: ['Fiche produit (couleur des cellules et du cadre)'],
  },
  isolation_exterieure: {
    fiche: '/fiches-travaux/isolation-thermique-par-l-exterieur/',
    tips: [
      'Sur une façade en pierre, en pan de bois ou décorée, l’isolation extérieure est souvent refusée.',
      'Pensez aux enduits isolants chaux-chanvre, à l’isolation du toit et des planchers d’abord.',
      'Montrez l’épaisseur ajoutée et le traitement des tableaux, appuis et débords de toit.',
    ],
    extras: ['Détails de l’épaisseur et des raccords'],
  },
  pompe_a_chaleur_climatisation: {
    fiche: '/fiches-travaux/pompes-a-chaleur-climatiseurs-paraboles/',
    tips: [
      'Pas d’unité extérieure sur la façade sur rue ni sur un versant visible.',
      'Cour, jardin derrière un mur ou une haie, combles, ou grille dans une ouverture existante.',
    ],
    extras: ['Fiche produit de l’unité extérieure'],
  },
  cloture_portail: {
    fiche: '/fiches-travaux/clotures-murs-et-portails/',
    tips: [
      'Conservez et réparez les murs anciens et les grilles.',
      'Suivez les types locaux (mur bahut surmonté d’une grille, haie d’essences locales).',
      'Évitez le PVC, le grillage seul et les panneaux opaques.',
    ],
    extras: [],
  },
  devanture_enseigne: {
    fiche: '/fiches-travaux/devantures-et-enseignes/',
    tips: [
      'La devanture reste dans le rez-de-chaussée et respecte la composition de la façade.',
      'Une enseigne bandeau et une enseigne drapeau par façade, en lettres découpées, éclairage indirect.',
      'Pas de caisson lumineux ni de vitrophanie couvrant les vitrines.',
    ],
    extras: ['Élévation de toute la façade, existante et projetée'],
  },
  extension_veranda_annexe: {
    fiche: '/fiches-travaux/extensions-verandas-abris-de-jardin/',
    tips: [
      'L’extension reste plus petite et plus basse que le bâtiment principal.',
      'Véranda à profils fins, de préférence côté jardin ; abri en bois, discret, loin de la rue.',
    ],
    extras: [],
  },
  piscine: {
    fiche: '/fiches-travaux/piscines/',
    tips: ['Margelles, clôture et bâche discrètes, de teinte neutre.'],
    extras: [],
  },
  construction_neuve: {
    tips: [
      'Montrez comment la construction s’insère dans la rue et le paysage : volumes, matériaux, couleurs.',
    ],
    extras: [],
  },
  demolition: {
    fiche: '/fiches-travaux/demolition/',
    tips: [
      'Retirer une cheminée, un mur ou un portail compte aussi comme une démolition.',
      'Pour une démolition partielle, montrez ce qui reste et ce que vous prévoyez ensuite.',
    ],
    extras: [],
  },
  arbres_espaces_verts: {
    fiche: '/fiches-travaux/arbres-et-jardins/',
    tips: [
      'Justifiez l’abattage (état sanitaire, sécurité) et prévoyez une replantation.',
      'Conservez la structure d’un jardin ancien.',
    ],
    extras: ['Plan situant les arbres', 'Diagnostic d’un arboriste, si vous en avez un'],
  },
  autre: { tips: [], extras: [] },
}
