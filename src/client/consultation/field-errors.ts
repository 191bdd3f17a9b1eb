// Errors tied to their fields (aria-invalid, message in the field's described-by group) and summed
// up at the top with a link to each field, focus moved to the summary (RGAA 11.10, 11.11). The
// summary is said once, by the focus: no alert role on it, and the fields' messages it repeats
// are kept out of their live regions (RGAA 7.5).
import type { FieldError } from '../../domain/consultation-schema.ts'

const errorClasses = [
  'fr-input-group--error',
  'fr-fieldset--error',
  'fr-checkbox-group--error',
  'fr-select-group--error',
  'fr-upload-group--error',
]

export function showErrorSummary(
  form: HTMLFormElement,
  summary: HTMLElement,
  errors: FieldError[],
): void {
  clearErrors(form)
  for (const error of errors) markField(form, error.field, error.message, false)
  const box = alertBox('error', 'Votre demande contient des erreurs', errors.map(summaryItem))
  box.removeAttribute('role')
  summary.replaceChildren(box)
  summary.focus()
}

export function alertBox(
  kind: 'error' | 'success' | 'info',
  title: string,
  content: HTMLElement[],
): HTMLElement {
  const box = document.createElement('div')
  box.className = `fr-alert fr-alert--${kind} fr-mb-4w`
  box.setAttribute('role', kind === 'info' ? 'status' : 'alert')
  const heading = document.createElement('h2')
  heading.className = 'fr-alert__title'
  heading.textContent = title
  box.append(heading, ...content)
  return box
}

/** The element a summary link leads to: the field itself, or a group's first choice. */
export function fieldTarget(field: string): HTMLElement | null {
  const element = field ? document.getElementById(field) : null
  if (element instanceof HTMLFieldSetElement) return element.querySelector('input')
  // The INSEE code is hidden: its message is about choosing the commune in the list.
  if (element instanceof HTMLInputElement && element.type === 'hidden')
    return document.getElementById('commune')
  return element
}

function summaryItem(error: FieldError): HTMLElement {
  const target = fieldTarget(error.field)
  const line = document.createElement('p')
  if (!target?.id) {
    line.textContent = error.message
    return line
  }
  const link = document.createElement('a')
  link.href = `#${target.id}`
  link.textContent = error.message
  // The step holding the field may be hidden: show it before following the link.
  link.addEventListener('click', (event) => {
    event.preventDefault()
    target.dispatchEvent(new CustomEvent('dedale:reveal', { bubbles: true }))
    target.focus()
  })
  line.append(link)
  return line
}

/** `announce`: false when a summary that the focus reads already says the message. */
export function markField(
  container: HTMLElement,
  field: string,
  message: string,
  announce = true,
): void {
  const group =
    container.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(field)}"]:not([type=hidden])`,
    ) ??
    container
      .querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)
      ?.closest<HTMLElement>('.fr-input-group') ??
    null
  if (!group) return
  const base = errorClasses.find((name) => group.classList.contains(name.replace('--error', '')))
  if (base) group.classList.add(base)
  for (const control of group.querySelectorAll('input:not([type=hidden]), textarea, select'))
    control.setAttribute('aria-invalid', 'true')
  const text = document.createElement('p')
  text.className = 'fr-message fr-message--error'
  text.textContent = message
  if (!announce) text.setAttribute('aria-live', 'off')
  group.querySelector('.fr-messages-group')?.append(text)
}

/** Clears the errors of the given fields, or of all of them. */
export function clearErrors(container: HTMLElement, fields?: readonly string[]): void {
  for (const group of container.querySelectorAll<HTMLElement>('[data-field]')) {
    if (fields && !fields.includes(group.dataset.field ?? '')) continue
    const box = group.matches('[type=hidden]') ? group.closest('.fr-input-group') : group
    if (!box) continue
    box.classList.remove(...errorClasses)
    for (const control of box.querySelectorAll('[aria-invalid]'))
      control.removeAttribute('aria-invalid')
    box.querySelector('.fr-messages-group')?.replaceChildren()
  }
}
