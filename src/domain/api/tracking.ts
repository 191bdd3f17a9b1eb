import * as z from 'zod/mini'
import { consultationStatuses, keysOf } from '../taxonomy.ts'

const status = z.enum(keysOf(consultationStatuses))

/** What the holder of a tracking link sees (`public.consultation_tracking`): nothing personal. */
export const trackingAnswer = z.strictObject({
  reference: z.string(),
  status,
  created_at: z.string(),
  updated_at: z.string(),
  answered_at: z.nullable(z.string()),
  answer: z.nullable(z.string()),
  udap: z.strictObject({
    name: z.string(),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
  }),
  attachments: z.int().check(z.nonnegative()),
  timeline: z.array(
    z.strictObject({
      kind: z.string(),
      status: z.nullable(status),
      at: z.string(),
      motivation: z.nullable(z.string()),
    }),
  ),
})

export type TrackingAnswer = z.infer<typeof trackingAnswer>
