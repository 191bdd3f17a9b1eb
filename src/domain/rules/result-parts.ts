// The parts of the answer around the procedures: who decides, the file's pieces, warnings,
// points to verify, assumptions, the architect.

import type { Piece } from '../dossier-pieces.ts'
import {
  dpPieces,
  enseignePieces,
  erpPieces,
  mhPieces,
  pcPieces,
  pdPieces,
} from '../dossier-pieces.ts'
import type { ProcedureAnswers } from '../procedure-answers.ts'
import type { SourceId } from '../procedure-sources.ts'
import type { WorksType } from '../taxonomy.ts'
import { combinations } from './combinations.ts'
import { type Context, has } from './context.ts'
import { conclusion } from './evaluate.ts'
import { procedureInfo } from './procedures.ts'
import type {
  Conclusion,
  PieceGroup,
  ProcedureKind,
  ProcedureResult,
  WorksConclusion,
} from './types.ts'

export const deciderOf = (context: Context): Conclusion =>
  has(context, 'mh_classe')
    ? conclusion(
        'Le préfet de région décide. Le dossier se dépose à l’UDAP, qui l’enregistre pour lui, et non en mairie.',
        ['mhClasse', 'mhClasseDepot'],
      )
    : conclusion(
        'Le maire décide. Vous déposez le dossier en mairie, qui le transmet à l’UDAP : vous n’avez pas à l’envoyer vous-même à l’architecte des Bâtiments de France.',
        ['ficheCulture'],
      )

const visibleWorks: WorksType[] = [
  'facade_ravalement',
  'menuiseries',
  'toiture',
  'fenetre_de_toit',
  'panneaux_solaires',
  'isolation_exterieure',
  'pompe_a_chaleur_climatisation',
  'devanture_enseigne',
  'extension_veranda_annexe',
  'construction_neuve',
  'cloture_portail',
]

function dpPiecesFor(works: WorksType[], context: Context): Piece[] {
  const includes = (...list: WorksType[]) => list.some((kind) => works.includes(kind))
  const pieces = [dpPieces.situation]
  if (includes('extension_veranda_annexe', 'construction_neuve', 'piscine', 'cloture_portail'))
    pieces.push(dpPieces.masse)
  if (includes('extension_veranda_annexe', 'construction_neuve', 'piscine'))
    pieces.push(dpPieces.coupe)
  if (includes(...visibleWorks)) pieces.push(dpPieces.facades, dpPieces.aspect)
  const views = [dpPieces.insertion, dpPieces.photoProche, dpPieces.photoLointaine]
  // Required in abords and SPR; elsewhere when the project can be seen from public space.
  pieces.push(
    ...(context.accordAbf
      ? views
      : views.map((view) => ({
          ...view,
          shows: `Si le projet est visible depuis l’espace public : ${view.shows.charAt(0).toLowerCase()}${view.shows.slice(1)}`,
        }))),
  )
  if (context.accordAbf || has(context, 'mh_inscrit')) pieces.push(dpPieces.notice)
  return pieces
}

const fixedPieces: Partial<Record<ProcedureKind, readonly Piece[]>> = {
  permis_de_construire: pcPieces,
  permis_de_demolir: pdPieces,
  autorisation_travaux_mh: mhPieces,
  declaration_travaux_mh_inscrit: mhPieces,
  autorisation_travaux_erp: erpPieces,
  autorisation_enseigne: enseignePieces,
}

export function piecesOf(kinds: ProcedureKind[], works: WorksType[], context: Context) {
  const groups: PieceGroup[] = []
  for (const kind of kinds) {
    const pieces =
      kind === 'declaration_prealable'
        ? dpPiecesFor(works, context)
        : [...(fixedPieces[kind] ?? [])]
    if (pieces.length > 0) groups.push({ kind, label: procedureInfo[kind].label, pieces })
  }
  return groups
}

export function warningsOf(context: Context, answers: ProcedureAnswers, kinds: ProcedureKind[]) {
  const warnings: Conclusion[] = []
  const add = (text: string, ...idLists: (readonly SourceId[])[]) =>
    warnings.push(conclusion(text, idLists.flat()))
  for (const id of context.applied) {
    const rule = combinations[id]
    if (rule.certainty === 'certain') add(rule.text, rule.sources)
  }
  if (context.anyProtection && kinds.some((kind) => kind !== 'aucune'))
    add(
      'Ne commencez pas les travaux en comptant sur une décision tacite sans l’avoir vérifiée : demandez à la mairie une attestation de non-opposition ou de permis tacite.',
      ['silence'],
    )
  if (context.accordAbf)
    add(
      'Si la mairie refuse en s’appuyant sur le refus de l’ABF, vous devez d’abord écrire au préfet de région, en recommandé, dans les 2 mois, avant tout recours au tribunal. Si le maire a déjà contesté l’avis de l’ABF devant le préfet de région, vous n’avez pas à le faire vous-même.',
      ['recours', 'recoursMaire'],
    )
  if (has(context, 'site_inscrit'))
    add(
      'En site inscrit, les travaux ne peuvent pas commencer avant 4 mois après le dépôt du dossier.',
      ['siteInscrit'],
    )
  if (has(context, 'site_inscrit') && context.demolition)
    add(
      'Contre un refus de démolir en site inscrit, le recours préalable au préfet de région ne s’applique pas.',
      ['recoursSiteInscrit'],
    )
  if (has(context, 'spr'))
    add(
      'En site patrimonial remarquable, le règlement du site (PSMV ou PVAP) peut imposer des règles plus précises, voire interdire certaines démolitions : consultez-le en mairie.',
      ['spr'],
    )
  if (kinds.includes('permis_de_construire') && kinds.includes('permis_de_demolir'))
    add(
      has(context, 'site_inscrit')
        ? 'La démolition peut être demandée dans le même dossier que le permis de construire ; en site inscrit, ce permis ne sera alors jamais tacite : sans réponse, il est refusé.'
        : 'La démolition peut être demandée dans le même dossier que le permis de construire.',
      ['piecesPd'],
      has(context, 'site_inscrit') ? ['demolitionDansPermis'] : [],
    )
  const permit = kinds.some(
    (kind) => kind === 'permis_de_construire' || kind === 'permis_de_demolir',
  )
  if (permit || kinds.includes('declaration_prealable'))
    add(
      permit
        ? 'Une fois le permis obtenu, déclarez en mairie l’ouverture du chantier ; à la fin, déclarez l’achèvement des travaux.'
        : 'Pour une déclaration préalable, pas de déclaration d’ouverture du chantier ; à la fin des travaux, déclarez leur achèvement en mairie.',
      ['chantier'],
    )
  if (
    answers.works.includes('panneaux_solaires') &&
    (has(context, 'mh_classe') || has(context, 'mh_inscrit'))
  )
    add('Les panneaux solaires sont à éviter sur un monument historique, classé ou inscrit.', [
      'solaire',
    ])
  return warnings
}

export function uncertaintiesOf(context: Context, found: WorksConclusion[]) {
  const uncertainties: Conclusion[] = found
    .filter((entry) => entry.certainty === 'a_verifier')
    .map(({ text, sources }) => ({ text, sources }))
  for (const id of context.applied) {
    const rule = combinations[id]
    if (id !== 'unknownProtection' && rule.certainty === 'a_verifier')
      uncertainties.push(conclusion(rule.text, rule.sources))
  }
  if (context.abordsNonCovisible && !context.accordAbf)
    uncertainties.push(
      conclusion(
        'La covisibilité s’apprécie à l’œil nu, depuis tout lieu normalement accessible au public, même au-delà de 500 m ; c’est l’ABF qui en juge. S’il estime qu’il y a covisibilité, ce sont les règles des abords qui s’appliquent : vérifiez auprès de l’UDAP.',
        ['covisibiliteJurisprudence'],
      ),
    )
  return uncertainties
}

export function architectOf(
  kinds: ProcedureKind[],
  answers: ProcedureAnswers,
): ProcedureResult['architect'] {
  const say = (required: ProcedureResult['architect']['required'], text: string) => ({
    required,
    ...conclusion(text, ['architecte']),
  })
  if (!kinds.includes('permis_de_construire'))
    return say(
      'non',
      'Sans permis de construire, le recours à un architecte n’est pas obligatoire ; il reste un bon conseil en espace protégé.',
    )
  if (answers.surfaceTotale === undefined)
    return say(
      'si_plus_de_150_m2',
      'Un architecte est obligatoire pour le permis si la surface de plancher totale après travaux dépasse 150 m².',
    )
  return answers.surfaceTotale > 150
    ? say(
        'oui',
        'La surface totale après travaux dépasse 150 m² : le permis doit être établi par un architecte.',
      )
    : say(
        'non',
        'La surface totale après travaux reste sous 150 m² : l’architecte n’est pas obligatoire.',
      )
}
