// What the SQL functions answer, parsed rather than cast: a migration that changes an answer
// fails here, with the field named, instead of travelling on to the functions' JSON.
import { z } from 'zod'

// bigint counts arrive as strings from the PostgreSQL driver, as numbers from PostgREST.
const count = z.coerce.number().int().nonnegative()

export const submissionRow = z.object({
  reference: z.string(),
  udap_code: z.string(),
  created: z.boolean(),
})

export const attachmentTargetRow = z.object({
  consultation_id: z.string(),
  closed: z.boolean(),
  count,
  total_bytes: count,
})

export const recordedAttachmentRow = z.object({ count, total_bytes: count })

export const storeHealthRow = z.object({
  consultations: count,
  pending_emails: count,
  oldest_pending_email_minutes: z.coerce.number().nullable(),
})
