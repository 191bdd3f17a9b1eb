// Fields that a form sends as strings but the API wants otherwise.
const optionalFields = new Set([
  'phone',
  'inseeCode',
  'cadastralReference',
  'protection',
  'answerKind',
])
const listFields = new Set(['worksTypes'])

/**
 * Turns the fields of the consultation form into the JSON the API validates: empty optional
 * fields are left out, checkboxes become a list or a boolean.
 */
export function consultationInputFromForm(
  entries: Iterable<[string, FormDataEntryValue]>,
): Record<string, unknown> {
  const input: Record<string, unknown> = { consent: false, worksTypes: [] }
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue
    if (name === 'consent') input[name] = value === 'true' || value === 'on'
    else if (listFields.has(name)) (input[name] as string[]).push(value)
    else if (value.trim() !== '' || !optionalFields.has(name)) input[name] = value
  }
  return input
}
