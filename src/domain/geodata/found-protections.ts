// What the official geodata say about a point, in the service's own words (the taxonomy's keys).

import type { FoundProtection } from '../api/protections.ts'

export type { FoundProtection } from '../api/protections.ts'

/** The plan that rules an SPR: PSMV, PVAP, or the former AVAP/ZPPAUP rules still in force. */
export type SprPlan = Extract<FoundProtection, { kind: 'spr' }>['plan']

export type FoundProtectionKind = FoundProtection['kind']

/** Order of the answer: the strictest regime first. */
export const answerOrder: readonly FoundProtectionKind[] = [
  'site_classe',
  'monument_historique',
  'spr',
  'abords_mh',
  'site_inscrit',
  'site',
]
