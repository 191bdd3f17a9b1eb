import type { core } from 'zod/mini'
import type { FieldError } from '../../domain/consultation-schema.ts'

/** A zod failure as the API's field errors (one per field, the first message). */
export function fieldErrors(error: core.$ZodError): FieldError[] {
  const seen = new Set<string>()
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? '')
    if (seen.has(field)) return []
    seen.add(field)
    return [{ field, message: issue.message }]
  })
}
