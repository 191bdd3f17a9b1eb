import * as z from 'zod/mini'

/** POST /api/feedback, 201: the vote is recorded; `followUp` lets a comment complete it. */
export const feedbackAnswer = z.strictObject({
  recorded: z.literal(true),
  followUp: z.optional(z.string()),
})

export type FeedbackAnswer = z.infer<typeof feedbackAnswer>
