import * as z from 'zod/mini'

/** POST …/attachments, 201: where to send the document, then (confirm) what is recorded. */
export const attachmentsAnswer = z.union([
  z.strictObject({
    path: z.string(),
    uploadUrl: z.url(),
    method: z.enum(['PUT', 'POST']),
  }),
  z.strictObject({
    recorded: z.literal(true),
    count: z.int().check(z.positive()),
    totalBytes: z.int().check(z.positive()),
  }),
])

export type AttachmentsAnswer = z.infer<typeof attachmentsAnswer>
