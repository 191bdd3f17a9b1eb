import * as z from 'zod/mini'

/** POST /api/consultations, 201: the request's reference and its private tracking link. */
export const submissionAnswer = z.strictObject({
  reference: z.string().check(z.regex(/^[A-Z0-9-]+$/)),
  trackingUrl: z.url(),
})

export type SubmissionAnswer = z.infer<typeof submissionAnswer>
