/**
 * Turns the fields of the consultation form (strings) into the JSON the API validates:
 * empty optional fields are left out, the consent box becomes a boolean.
 */
export function consultationInputFromForm(
  entries: Iterable<[string, FormDataEntryValue]>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue
    if (name === 'consent') input[name] = value === 'true' || value === 'on'
    else if (value.trim() !== '' || name !== 'phone') input[name] = value
  }
  if (!('consent' in input)) input.consent = false
  return input
}
