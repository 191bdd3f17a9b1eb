import * as z from 'zod/mini'

/** GET /api/challenge: an ALTCHA proof-of-work challenge, its parameters signed in the salt. */
export const challengeAnswer = z.strictObject({
  algorithm: z.string(),
  challenge: z.string(),
  maxnumber: z.optional(z.int().check(z.positive())),
  salt: z.string(),
  signature: z.string(),
})

export type ChallengeAnswer = z.infer<typeof challengeAnswer>
