// What the result assumed for unknown answers, and the ERP authorisation that adds to the rest.
import type { ProcedureAnswers } from '../procedure-answers.ts'
import type { ProtectionKind } from '../taxonomy.ts'
import { combinations } from './combinations.ts'
import type { Context } from './context.ts'
import { conclusion } from './evaluate.ts'
import type { Conclusion, WorksConclusion } from './types.ts'

export function assumptionsOf(answers: ProcedureAnswers, context: Context): Conclusion[] {
  const assumptions: Conclusion[] = []
  const chosen = answers.protections
  if (chosen.includes('je_ne_sais_pas') || chosen.length === 0)
    assumptions.push(
      conclusion(
        'Vous ne savez pas si votre terrain est protégé : par prudence, le résultat applique les règles des abords d’un monument historique et des sites patrimoniaux remarquables, les protections les plus fréquentes. Vérifiez votre adresse, ou demandez à la mairie, pour un résultat exact.',
        ['atlas'],
      ),
    )
  else if (context.applied.includes('unknownProtection'))
    assumptions.push(
      conclusion(
        'Vous ne savez pas si votre projet est en covisibilité avec le monument : par prudence, le résultat le considère comme covisible. C’est l’architecte des Bâtiments de France qui l’apprécie.',
        ['abordsDefinition', ...combinations.unknownProtection.sources],
      ),
    )
  if (answers.entretien === 'inconnu' || answers.entretien === undefined)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé s’il s’agit seulement d’entretien à l’identique : le résultat considère que l’aspect peut changer.',
        ['aspectExterieur'],
      ),
    )
  if (answers.works.includes('extension_veranda_annexe') && !answers.annexe)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé s’il s’agit d’une extension ou d’une construction séparée : le résultat applique la règle la plus stricte des deux (déclaration dès le premier mètre carré, permis au-delà de 20 m²).',
        ['dispensesHorsProtection', 'extensionZoneU'],
      ),
    )
  if (answers.works.includes('devanture_enseigne') && answers.commerce.length === 0)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé si les travaux touchent la devanture ou l’enseigne : le résultat indique les démarches des deux.',
        ['devanture', 'enseigne'],
      ),
    )
  if (answers.erp === 'inconnu')
    assumptions.push(
      conclusion(
        'Vous ne savez pas si le bâtiment reçoit du public : s’il s’agit d’un commerce, d’un cabinet ou d’un restaurant, une autorisation de travaux au titre de la sécurité et de l’accessibilité est aussi nécessaire.',
        ['erp'],
      ),
    )
  return assumptions
}

/** The ERP authorisation, unless a permis de construire stands for it (combinations.ts). */
export function erpConclusions(
  answers: ProcedureAnswers,
  found: WorksConclusion[],
): WorksConclusion[] {
  if (answers.erp !== 'oui' && answers.erp !== 'inconnu') return []
  if (found.some((entry) => entry.kind === 'permis_de_construire')) return []
  return [
    {
      works: answers.works[0] ?? 'autre',
      kind: 'autorisation_travaux_erp',
      certainty: answers.erp === 'oui' ? 'certain' : 'a_verifier',
      ...conclusion(
        answers.erp === 'oui'
          ? 'Des travaux qui créent, aménagent ou modifient un établissement recevant du public sans permis de construire demandent une autorisation de travaux (sécurité incendie, accessibilité). Si un permis de construire est nécessaire, il en tient lieu.'
          : 'Si le bâtiment reçoit du public, des travaux qui l’aménagent ou le modifient demandent aussi une autorisation de travaux (sécurité incendie, accessibilité).',
        combinations.erpAdds.sources,
      ),
    },
  ]
}

const prefillPriority: ProtectionKind[] = [
  'mh_classe',
  'mh_inscrit',
  'site_classe',
  'spr',
  'abords_mh',
  'site_inscrit',
  'aucune',
]

/** The consultation form takes one protection: the one that weighs most on the file. */
export const prefillProtection = (answers: ProcedureAnswers): ProtectionKind =>
  prefillPriority.find((kind) => answers.protections.includes(kind)) ?? 'je_ne_sais_pas'
