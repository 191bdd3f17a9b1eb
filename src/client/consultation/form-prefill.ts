// Links from the questionnaire, the address check and partner sites fill part of the form.
import { prefillFromQuery } from '../../domain/consultation-prefill.ts'
import { writeFormValues } from './form-values.ts'

/** Applies the query string's values; answers to `true` when something was filled. */
export function applyPrefill(form: HTMLFormElement, query: URLSearchParams): boolean {
  const { worksTypes, ...fields } = prefillFromQuery(query)
  const values = worksTypes.length > 0 ? { ...fields, worksTypes } : fields
  writeFormValues(form, values)
  return Object.keys(values).length > 0
}
