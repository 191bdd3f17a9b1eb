import * as z from 'zod/mini'

/** GET /api/health: the version, and whether the store answers and mail flows. */
export const healthAnswer = z.strictObject({
  status: z.enum(['ok', 'degraded', 'misconfigured']),
  version: z.string(),
  store: z.optional(
    z.strictObject({
      kind: z.enum(['postgres', 'supabase']),
      ok: z.boolean(),
      consultations: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
  mail: z.optional(
    z.strictObject({
      kind: z.string(),
      ok: z.boolean(),
      pending: z.int().check(z.nonnegative()),
      oldestPendingMinutes: z.nullable(z.number()),
    }),
  ),
})

export type HealthAnswer = z.infer<typeof healthAnswer>
