// What the official geodata say about a point, in the service's own words (the taxonomy's keys).

/** How the abords of a monument are drawn: a perimeter decided by the préfet (PDA), or a radius. */
export type AbordsPerimeter = 'pda' | 'rayon'

/** The plan that rules an SPR: PSMV, PVAP, or the former AVAP/ZPPAUP rules still in force. */
export type SprPlan = 'psmv' | 'pvap' | 'avap_zppaup' | 'inconnu'

interface Common {
  /** Stable identifier from the source (assiette or document id), for lists and tests. */
  id: string
  /** Name of the monument, site or SPR as the source gives it, or null. */
  name: string | null
  /** Link to the act that created the protection (PDF), when the source has one. */
  actUrl: string | null
}

export type FoundProtection =
  | (Common & { kind: 'abords_mh'; perimeter: AbordsPerimeter; radiusMeters: number | null })
  | (Common & { kind: 'spr'; plan: SprPlan })
  | (Common & { kind: 'site_classe' | 'site_inscrit' })
  /** An AC2 site whose data do not say whether it is classé or inscrit. */
  | (Common & { kind: 'site' })
  /** The address is on the monument itself (its footprint is the assiette). */
  | (Common & { kind: 'monument_historique' })

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
