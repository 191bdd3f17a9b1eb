// Reading and writing the form's answers as plain values (for the draft, the prefill, the review).
import { antispamFields } from '../../domain/antispam-fields.ts'

export type FormValues = Record<string, string | string[]>

// Never kept or restored: the anti-spam field and the consent, which is given at each sending.
const notKept = new Set<string>([antispamFields.honeypot, 'consent'])

export function readFormValues(form: HTMLFormElement): FormValues {
  const values: FormValues = {}
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || notKept.has(name)) continue
    const previous = values[name]
    if (name === 'worksTypes') values[name] = [...((previous as string[] | undefined) ?? []), value]
    else values[name] = value
  }
  return values
}

/** Fills the named fields; a value that no option or choice offers is ignored. */
export function writeFormValues(form: HTMLFormElement, values: Partial<FormValues>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || notKept.has(name)) continue
    const wanted = Array.isArray(value) ? value : [value]
    for (const control of form.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >(`[name="${CSS.escape(name)}"]`)) {
      if (
        control instanceof HTMLInputElement &&
        (control.type === 'checkbox' || control.type === 'radio')
      )
        control.checked = wanted.includes(control.value)
      else if (control instanceof HTMLSelectElement) {
        if ([...control.options].some((option) => option.value === wanted[0]))
          control.value = wanted[0] ?? ''
      } else control.value = wanted[0] ?? ''
    }
  }
}
