// Progressive enhancement of the consultation form: the same validation as the server, errors
// tied to their fields and summed up at the top (RGAA 11.10, 11.11), JSON post to the API with
// an idempotency key and the anti-spam proof of work solved in the background.
import { antispamFields } from '../domain/antispam-fields.ts'
import { consultationInputFromForm } from '../domain/consultation-form-data.ts'
import { type FieldError, validateConsultation } from '../domain/consultation-schema.ts'
import { solveProofOfWork } from './proof-of-work.ts'

interface SubmitAnswer {
  reference?: string
  trackingUrl?: string
  error?: string
  errors?: FieldError[]
}

export function enhanceConsultationForm(): void {
  const form = document.querySelector<HTMLFormElement>('#demande')
  const result = document.querySelector<HTMLElement>('#demande-resultat')
  if (!form || !result) return
  // One key per filled form: a retry after a lost answer gets the first answer, not a duplicate.
  let idempotencyKey = crypto.randomUUID()
  let proof = solveProofOfWork()

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const fields = consultationInputFromForm(new FormData(form))
    const { [antispamFields.honeypot]: honeypot, ...input } = fields
    const checked = validateConsultation(input)
    if (!checked.success) return showErrors(form, result, checked.errors)

    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
    if (button) button.disabled = true
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body: JSON.stringify({
          ...input,
          [antispamFields.honeypot]: honeypot,
          [antispamFields.challenge]: await proof,
        }),
      })
      const body = (await response.json()) as SubmitAnswer
      if (response.ok && body.reference) {
        idempotencyKey = crypto.randomUUID()
        proof = solveProofOfWork()
        return showSuccess(form, result, body.reference, body.trackingUrl)
      }
      showErrors(
        form,
        result,
        body.errors ?? [{ field: '', message: body.error ?? 'Une erreur est survenue.' }],
      )
    } catch {
      showErrors(form, result, [
        { field: '', message: 'La connexion a échoué. Vérifiez votre connexion et réessayez.' },
      ])
    } finally {
      if (button) button.disabled = false
    }
  })
}

function showErrors(form: HTMLFormElement, result: HTMLElement, errors: FieldError[]): void {
  clearErrors(form)
  for (const error of errors) markField(form, error)
  result.replaceChildren(
    alert('error', 'Votre demande contient des erreurs', errors.map(summaryItem)),
  )
  result.focus()
}

function showSuccess(
  form: HTMLFormElement,
  result: HTMLElement,
  reference: string,
  trackingUrl?: string,
): void {
  clearErrors(form)
  form.reset()
  form.hidden = true
  const text = document.createElement('p')
  text.textContent = `Votre demande a bien été envoyée. Sa référence est ${reference}. L’UDAP vous répondra par e-mail.`
  const content = [text]
  if (trackingUrl) {
    const link = document.createElement('a')
    link.href = trackingUrl
    link.textContent = 'Suivre ma demande (gardez ce lien : il vous est aussi envoyé par e-mail)'
    const line = document.createElement('p')
    line.append(link)
    content.push(line)
  }
  result.replaceChildren(alert('success', 'Demande envoyée', content))
  result.focus()
}

function alert(kind: 'error' | 'success', title: string, content: HTMLElement[]): HTMLElement {
  const box = document.createElement('div')
  box.className = `fr-alert fr-alert--${kind} fr-mb-4w`
  box.setAttribute('role', 'alert')
  const heading = document.createElement('h2')
  heading.className = 'fr-alert__title'
  heading.textContent = title
  box.append(heading, ...content)
  return box
}

function summaryItem(error: FieldError): HTMLElement {
  const target =
    error.field &&
    document.getElementById(
      error.field === 'applicantKind' ? 'applicantKind-particulier' : error.field,
    )
  const line = document.createElement('p')
  if (!target) {
    line.textContent = error.message
    return line
  }
  const link = document.createElement('a')
  link.href = `#${target.id}`
  link.textContent = error.message
  line.append(link)
  return line
}

function markField(form: HTMLFormElement, error: FieldError): void {
  const group = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(error.field)}"]`)
  if (!group) return
  const base = group.classList.contains('fr-fieldset')
    ? 'fr-fieldset'
    : group.classList.contains('fr-checkbox-group')
      ? 'fr-checkbox-group'
      : 'fr-input-group'
  group.classList.add(`${base}--error`)
  for (const control of group.querySelectorAll('input, textarea'))
    control.setAttribute('aria-invalid', 'true')
  const message = document.createElement('p')
  message.className = 'fr-message fr-message--error'
  message.textContent = error.message
  group.querySelector('.fr-messages-group')?.append(message)
}

function clearErrors(form: HTMLFormElement): void {
  for (const group of form.querySelectorAll('[data-field]')) {
    group.classList.remove(
      'fr-input-group--error',
      'fr-fieldset--error',
      'fr-checkbox-group--error',
    )
    for (const control of group.querySelectorAll('[aria-invalid]'))
      control.removeAttribute('aria-invalid')
    group.querySelector('.fr-messages-group')?.replaceChildren()
  }
}
