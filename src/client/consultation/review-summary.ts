// The last step shows every answer, grouped by step, each group with a button back to its step.
import {
  type ConsultationField,
  consultationFieldLabels,
} from '../../domain/consultation-schema.ts'
import { consultationSteps } from '../../domain/consultation-steps.ts'

export function renderReview(
  form: HTMLFormElement,
  target: HTMLElement,
  goTo: (step: number) => void,
  documents: File[],
): void {
  const parts: HTMLElement[] = []
  consultationSteps.slice(0, -1).forEach((step, index) => {
    const heading = document.createElement('h3')
    heading.className = 'fr-h6 fr-mb-1w'
    heading.textContent = step.title
    const list = document.createElement('dl')
    const rows: [string, string][] =
      step.fields.length > 0
        ? step.fields
            .filter((field) => field !== 'inseeCode')
            .map((field) => [consultationFieldLabels[field], answer(form, field)])
        : [
            [
              'Documents',
              documents.length > 0
                ? documents.map((file) => file.name).join(', ')
                : 'Aucun document',
            ],
          ]
    for (const [term, value] of rows) {
      const dt = document.createElement('dt')
      dt.className = 'fr-text--bold'
      dt.textContent = term
      const dd = document.createElement('dd')
      dd.className = 'fr-mb-1w'
      dd.textContent = value
      list.append(dt, dd)
    }
    const change = document.createElement('button')
    change.type = 'button'
    change.className = 'fr-btn fr-btn--sm fr-btn--tertiary fr-mb-3w'
    change.textContent = 'Modifier'
    change.setAttribute('aria-label', `Modifier : ${step.title}`)
    change.addEventListener('click', () => goTo(index))
    parts.push(heading, list, change)
  })
  const destination = document.querySelector<HTMLElement>('#udap-destinataire')
  if (destination && !destination.hidden) {
    const copy = destination.cloneNode(true) as HTMLElement
    copy.removeAttribute('id')
    parts.push(copy)
  }
  target.replaceChildren(...parts)
}

function answer(form: HTMLFormElement, field: ConsultationField): string {
  const controls = [
    ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      `[name="${field}"]`,
    ),
  ]
  const values = controls.flatMap((control) => {
    if (control instanceof HTMLSelectElement) return [control.selectedOptions[0]?.textContent ?? '']
    if (
      control instanceof HTMLInputElement &&
      (control.type === 'checkbox' || control.type === 'radio')
    )
      return control.checked
        ? [form.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? control.value]
        : []
    return control.value.trim() ? [control.value.trim()] : []
  })
  return values.length > 0 ? values.join(', ') : 'Non renseigné'
}

/** Hints that only concern some answers (a shop sign, a request already filed) follow them. */
export function followConditionalHints(form: HTMLFormElement): () => void {
  const hints = [...form.querySelectorAll<HTMLElement>('[data-shown-if]')]
  const update = () => {
    for (const hint of hints) {
      const [name, value] = (hint.dataset.shownIf ?? '').split('=')
      hint.hidden = !form.querySelector(`[name="${name}"][value="${value}"]:checked`)
    }
  }
  form.addEventListener('change', update)
  update()
  return update
}
