import * as z from 'zod/mini'

// The answer schemas are written with zod/mini: the browser parses the answers too, and the
// pages' script budgets leave no room for the whole of zod.

/** A field the answer is about (its name as sent; empty for the whole request), in French. */
export const fieldErrorSchema = z.strictObject({ field: z.string(), message: z.string() })

export type FieldError = z.infer<typeof fieldErrorSchema>

/** Every 4xx/5xx answer of the API: what happened, in French, and the fields concerned. */
export const problemAnswer = z.strictObject({
  error: z.string().check(z.minLength(1)),
  errors: z.optional(z.array(fieldErrorSchema).check(z.minLength(1))),
})

export type ProblemAnswer = z.infer<typeof problemAnswer>
