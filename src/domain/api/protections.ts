import * as z from 'zod/mini'

const common = {
  /** Stable identifier from the source (assiette or document id), for lists and tests. */
  id: z.string(),
  /** Name of the monument, site or SPR as the source gives it, or null. */
  name: z.nullable(z.string()),
  /** Link to the act that created the protection (PDF), when the source has one. */
  actUrl: z.nullable(z.string()),
}

/** What the official geodata say about a point, in the service's own words (the taxonomy's keys). */
export const foundProtectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('abords_mh'),
    /** A perimeter decided by the préfet (PDA), or a radius. */
    perimeter: z.enum(['pda', 'rayon']),
    radiusMeters: z.nullable(z.number()),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('spr'),
    /** PSMV, PVAP, or the former AVAP/ZPPAUP rules still in force. */
    plan: z.enum(['psmv', 'pvap', 'avap_zppaup', 'inconnu']),
  }),
  z.strictObject({ ...common, kind: z.enum(['site_classe', 'site_inscrit']) }),
  /** An AC2 site whose data do not say whether it is classé or inscrit. */
  z.strictObject({ ...common, kind: z.literal('site') }),
  /** The address is on the monument itself (its footprint is the assiette). */
  z.strictObject({ ...common, kind: z.literal('monument_historique') }),
])

/** GET /api/protections?lat=&lon=: the protections found at that point. */
export const protectionsAnswer = z.strictObject({ protections: z.array(foundProtectionSchema) })

export type FoundProtection = z.infer<typeof foundProtectionSchema>
export type ProtectionsAnswer = z.infer<typeof protectionsAnswer>
