// The pieces of each file and what each must show (C. urb. R431-7 ff., R431-35 ff., R451-2;
// bordereaux of the Cerfa), as the questionnaire's pré-dossier checklist lists them.

export interface Piece {
  code: string
  label: string
  /** What the piece must show, in plain words. */
  shows: string
}

const piece = (code: string, label: string, shows: string): Piece => ({ code, label, shows })

export const dpPieces = {
  situation: piece(
    'DP1',
    'Plan de situation du terrain',
    'Où se trouve le terrain dans la commune, avec l’échelle et l’orientation.',
  ),
  masse: piece(
    'DP2',
    'Plan de masse',
    'Les constructions existantes et projetées, cotées, avec leurs distances aux limites du terrain.',
  ),
  coupe: piece(
    'DP3',
    'Plan en coupe du terrain et de la construction',
    'Le profil du terrain avant et après travaux et la hauteur de la construction.',
  ),
  facades: piece(
    'DP4',
    'Plan des façades et des toitures',
    'L’état existant et l’état projeté, avec les matériaux et les couleurs.',
  ),
  aspect: piece(
    'DP5',
    'Représentation de l’aspect extérieur',
    'L’aspect de la construction après travaux, vu depuis la rue.',
  ),
  insertion: piece(
    'DP6',
    'Document graphique d’insertion',
    'Un photomontage qui montre le projet dans son environnement.',
  ),
  photoProche: piece(
    'DP7',
    'Photographie de l’environnement proche',
    'Le bâtiment ou le terrain et ses abords immédiats, tels qu’ils sont aujourd’hui.',
  ),
  photoLointaine: piece(
    'DP8',
    'Photographie du paysage lointain',
    'Le site dans le paysage, en indiquant d’où la photo a été prise.',
  ),
  notice: piece(
    'DP11',
    'Notice sur les matériaux et la façon de faire les travaux',
    'Les matériaux, les couleurs (références de nuancier) et les techniques employées.',
  ),
} as const

export const pcPieces = [
  piece('PCMI1', 'Plan de situation du terrain', 'Où se trouve le terrain dans la commune.'),
  piece('PCMI2', 'Plan de masse', 'Les constructions existantes et projetées, cotées.'),
  piece('PCMI3', 'Plan en coupe', 'Le profil du terrain et l’implantation de la construction.'),
  piece(
    'PCMI4',
    'Notice descriptive',
    'Le terrain, le projet, les matériaux et les couleurs ; en espace protégé, aussi la façon de faire les travaux.',
  ),
  piece('PCMI5', 'Plan des façades et des toitures', 'L’état existant et l’état projeté.'),
  piece(
    'PCMI6',
    'Document graphique d’insertion',
    'Le projet dans son environnement (photomontage).',
  ),
  piece('PCMI7', 'Photographie de l’environnement proche', 'Le terrain et ses abords immédiats.'),
  piece('PCMI8', 'Photographie du paysage lointain', 'Le terrain dans le paysage.'),
] as const

export const pdPieces = [
  piece('PD1', 'Plan de situation du terrain', 'Où se trouve le terrain dans la commune.'),
  piece(
    'PD2',
    'Plan de masse des constructions à démolir',
    'Ce qui est démoli et, pour une démolition partielle, ce qui reste.',
  ),
  piece('PD3', 'Photographies', 'Les bâtiments ou parties de bâtiment à démolir.'),
] as const

export const mhPieces = [
  piece(
    'Cerfa 15459',
    'Demande d’autorisation de travaux sur un monument historique',
    'Le formulaire et les pièces de son bordereau (notice 52039) : plans, photos, description des travaux.',
  ),
] as const

export const erpPieces = [
  piece(
    'Cerfa 13824',
    'Demande d’autorisation de travaux pour un établissement recevant du public',
    'Les plans et notices de sécurité incendie et d’accessibilité, en 4 exemplaires.',
  ),
] as const

export const enseignePieces = [
  piece(
    'Cerfa 14798',
    'Demande d’autorisation préalable d’enseigne',
    'Le formulaire, avec l’élévation de toute la façade, un photomontage, les dimensions, matériaux, couleurs et éclairage de l’enseigne.',
  ),
] as const
