// The protections that decide the regime, once the combination rules are applied and unknown
// answers are resolved prudently.
import type { ProcedureAnswers } from '../procedure-answers.ts'
import type { CombinationId } from './combinations.ts'

/** Where a works rule applies: the regime of the code de l'urbanisme and its protections. */
export type Zone =
  | 'hors'
  | 'abords'
  | 'spr'
  | 'site_inscrit'
  | 'site_classe'
  | 'mh_inscrit'
  | 'mh_classe'

export interface Context {
  zones: Set<Zone>
  /** The ABF's accord is required: SPR, or abords with a PDA, covisible or maybe covisible. */
  accordAbf: boolean
  /** Within 500 m without covisibility: ordinary rules, one month more. */
  abordsNonCovisible: boolean
  /** SPR, abords, site classé: the R421-2 exemptions do not apply (R421-2, R421-11). */
  protege: boolean
  /** Any protection, the 500 m radius without covisibility included. */
  anyProtection: boolean
  erp: boolean
  demolition: boolean
  /** The combination rules that shaped this context. */
  applied: CombinationId[]
}

export const has = (context: Context, zone: Zone) => context.zones.has(zone)

export function contextOf(answers: ProcedureAnswers): Context {
  const chosen = new Set(answers.protections)
  const applied: CombinationId[] = []
  const unknown = chosen.has('je_ne_sais_pas') || chosen.size === 0
  const abordsKind = chosen.has('abords_mh') ? (answers.abords ?? 'inconnu') : undefined
  if (unknown || abordsKind === 'inconnu') applied.push('unknownProtection')
  const zones = new Set<Zone>()
  if (unknown || chosen.has('spr')) zones.add('spr')
  if (unknown || (abordsKind !== undefined && abordsKind !== 'non_covisible')) zones.add('abords')
  if (chosen.has('site_inscrit')) zones.add('site_inscrit')
  if (chosen.has('site_classe')) zones.add('site_classe')
  if (chosen.has('mh_inscrit')) zones.add('mh_inscrit')
  if (chosen.has('mh_classe')) zones.add('mh_classe')
  if (chosen.has('spr') && zones.has('abords')) {
    zones.delete('abords')
    applied.push('sprAbords')
  }
  if (zones.has('site_inscrit') && zones.has('spr')) {
    zones.delete('site_inscrit')
    applied.push('sprSiteInscrit')
  }
  if (zones.has('site_inscrit') && zones.has('abords')) {
    zones.delete('site_inscrit')
    applied.push('abordsSiteInscrit')
  }
  const abordsNonCovisible = abordsKind === 'non_covisible'
  if (zones.size === 0) zones.add('hors')
  const protege = zones.has('abords') || zones.has('spr') || zones.has('site_classe')
  return {
    zones,
    accordAbf: zones.has('abords') || zones.has('spr'),
    abordsNonCovisible,
    protege,
    anyProtection: !zones.has('hors') || abordsNonCovisible,
    erp: answers.erp === 'oui',
    demolition: answers.works.includes('demolition'),
    applied,
  }
}
