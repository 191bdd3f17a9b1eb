// Works whose procedure depends on a size: new constructions (R421-2, R421-9, R421-11),
// extensions (R421-14 b, R421-17 f, R431-2) and pools (R421-2, R421-9). First matching row wins.
import {
  attached,
  heightOver,
  notZoneU,
  poolOver,
  poolUnknown,
  separate,
  surfaceOver,
  surfaceUnknown,
  totalOver,
  totalUnknown,
  zoneUnknown,
} from './conditions.ts'
import { protege, protegeOuInscrit, type WorksRule } from './works-rule.ts'

const construction: WorksRule[] = [
  {
    when: [heightOver(12)],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'Une construction de plus de 12 m de haut sort des cas de déclaration préalable ; le permis de construire est probable. Faites confirmer par la mairie.',
    sources: ['dispensesHorsProtection'],
  },
  {
    when: [surfaceUnknown],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'Sans la surface créée, nous ne pouvons pas trancher : déclaration préalable jusqu’à 20 m², permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
    sources: ['dispensesHorsProtection', 'petitesConstructionsProtegees'],
  },
  {
    when: [surfaceOver(20)],
    procedure: 'permis_de_construire',
    text: 'Une construction nouvelle de plus de 20 m² demande un permis de construire.',
    sources: ['dispensesHorsProtection'],
  },
  {
    when: [surfaceOver(5)],
    procedure: 'declaration_prealable',
    text: 'Une construction nouvelle de 5 à 20 m² demande une déclaration préalable.',
    sources: ['dispensesHorsProtection'],
  },
  {
    where: protege,
    procedure: 'declaration_prealable',
    text: 'Même sous 5 m², une construction nouvelle demande une déclaration préalable aux abords d’un monument, en site patrimonial remarquable et en site classé : la dispense ordinaire ne s’y applique pas.',
    sources: ['petitesConstructionsProtegees'],
  },
  {
    procedure: 'aucune',
    text: 'Une construction nouvelle de 5 m² au plus (et de 12 m de haut au plus) est dispensée de permis et de déclaration, hors abords, site patrimonial remarquable et site classé.',
    sources: ['dispensesHorsProtection'],
  },
]

const extension: WorksRule[] = [
  {
    when: [surfaceUnknown],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'Sans la surface créée, nous ne pouvons pas trancher : déclaration préalable jusqu’à 20 m² (40 m² dans certains cas en zone urbaine), permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
    sources: ['dispensesHorsProtection', 'extensionZoneU'],
  },
  {
    when: [surfaceOver(40)],
    procedure: 'permis_de_construire',
    text: 'Une extension de plus de 40 m² demande un permis de construire.',
    sources: ['extensionZoneU'],
  },
  {
    when: [surfaceOver(20), notZoneU],
    procedure: 'permis_de_construire',
    text: 'Hors zone urbaine d’un PLU, une extension de plus de 20 m² demande un permis.',
    sources: ['extensionZoneU'],
  },
  {
    when: [surfaceOver(20), zoneUnknown],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'Une extension de 20 à 40 m² relève de la déclaration préalable seulement en zone urbaine (U) d’un PLU. Vous ne savez pas si c’est le cas : par prudence, le résultat indique le permis. La mairie vous dira la zone de votre terrain.',
    sources: ['extensionZoneU'],
  },
  {
    when: [surfaceOver(20), totalUnknown],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'En zone urbaine, une extension de 20 à 40 m² relève de la déclaration préalable, sauf si elle porte la surface totale au-delà de 150 m². Sans la surface totale, le résultat indique le permis par prudence.',
    sources: ['extensionZoneU', 'architecte'],
  },
  {
    when: [surfaceOver(20), totalOver(150)],
    procedure: 'permis_de_construire',
    text: 'En zone urbaine, une extension de 20 à 40 m² qui porte la surface totale au-delà de 150 m² demande un permis de construire.',
    sources: ['extensionZoneU', 'architecte'],
  },
  {
    where: protegeOuInscrit,
    when: [surfaceOver(20)],
    procedure: 'declaration_prealable',
    certainty: 'a_verifier',
    text: 'En zone urbaine d’un PLU, une extension de 20 à 40 m² qui laisse la surface totale sous 150 m² relève de la déclaration préalable ; le code de l’urbanisme ne prévoit pas d’exception en espace protégé. Faites-le confirmer par la mairie, car un règlement local peut être plus strict.',
    sources: ['extensionZoneU'],
  },
  {
    when: [surfaceOver(20)],
    procedure: 'declaration_prealable',
    text: 'En zone urbaine d’un PLU, une extension de 20 à 40 m² qui laisse la surface totale sous 150 m² relève de la déclaration préalable.',
    sources: ['extensionZoneU'],
  },
  {
    when: [surfaceOver(5)],
    procedure: 'declaration_prealable',
    text: 'Une extension de 20 m² au plus demande une déclaration préalable.',
    sources: ['aspectExterieur', 'dispensesHorsProtection'],
  },
  {
    procedure: 'declaration_prealable',
    text: 'Même sous 5 m², une extension change l’aspect extérieur du bâtiment : déclaration préalable.',
    sources: ['aspectExterieur', 'dispensesHorsProtection'],
  },
]

const pool: WorksRule[] = [
  {
    when: [poolUnknown],
    procedure: 'permis_de_construire',
    certainty: 'a_verifier',
    text: 'Sans la surface du bassin, nous ne pouvons pas trancher : déclaration préalable jusqu’à 100 m², permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
    sources: ['dispensesHorsProtection'],
  },
  {
    when: [poolOver(100)],
    procedure: 'permis_de_construire',
    text: 'Une piscine de plus de 100 m² demande un permis de construire.',
    sources: ['dispensesHorsProtection'],
  },
  {
    when: [poolOver(10)],
    procedure: 'declaration_prealable',
    text: 'Une piscine de 10 à 100 m² demande une déclaration préalable.',
    sources: ['dispensesHorsProtection'],
  },
  {
    where: protege,
    procedure: 'declaration_prealable',
    certainty: 'a_verifier',
    text: 'Aux abords d’un monument, en site patrimonial remarquable et en site classé, même une piscine de 10 m² au plus se déclare en mairie (liste exacte des cas à vérifier) : déclaration préalable.',
    sources: ['listeAnabf', 'petitesConstructionsProtegees'],
  },
  {
    procedure: 'aucune',
    text: 'Une piscine de 10 m² au plus est dispensée de permis et de déclaration, hors abords, site patrimonial remarquable et site classé.',
    sources: ['dispensesHorsProtection'],
  },
]

const withCondition = (rows: WorksRule[], condition: typeof separate) =>
  rows.map((row) => ({ ...row, when: [condition, ...(row.when ?? [])] }))

export const buildingRules = {
  construction_neuve: construction,
  extension_veranda_annexe: [
    ...withCondition(construction, separate),
    ...withCondition(extension, attached),
  ],
  piscine: pool,
} satisfies Record<string, WorksRule[]>
