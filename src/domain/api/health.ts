import * as z from 'zod/mini'

/** GET /api/health: the status and the version, nothing more (counts stay in the logs). */
export const healthAnswer = z.strictObject({
  status: z.enum(['ok', 'degraded', 'misconfigured']),
  version: z.string(),
})

export type HealthAnswer = z.infer<typeof healthAnswer>
