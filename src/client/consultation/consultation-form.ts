// <consultation-form>, the progressive enhancement of the consultation form: steps checked with the same validation as the
// server, errors tied to their fields and summed up at the top (RGAA 11.10, 11.11), commune
// suggestions, prefill from the link, a draft, documents sent after the request, then the
// confirmation page. JSON post with an idempotency key and the proof of work solved meanwhile.
import { antispamFields } from '../../domain/antispam-fields.ts'
import { consultationInputFromForm } from '../../domain/consultation-form-data.ts'
import { validateConsultation } from '../../domain/consultation-schema.ts'
import { consultationSteps, firstStepWith } from '../../domain/consultation-steps.ts'
import { track } from '../analytics.ts'
import { defineEnhancer, Enhancer } from '../component.ts'
import { declaredOrigin } from '../embed-frame.ts'
import { pastTimeTrap, solveProofOfWork, stillValid } from '../proof-of-work.ts'
import { CommuneField } from './commune-autocomplete.ts'
import { enhanceDocumentPicker } from './document-picker.ts'
import { uploadDocuments } from './document-uploads.ts'
import { clearErrors, showErrorSummary } from './field-errors.ts'
import { clearDraft, keepDraft } from './form-draft.ts'
import { applyPrefill } from './form-prefill.ts'
import { createStepper } from './form-steps.ts'
import { followConditionalHints, renderReview } from './review-summary.ts'

export class ConsultationForm extends Enhancer {
  protected enhance(): void {
    // The commune field inside is enhanced first: this form asks it to refresh.
    customElements.upgrade(this)
    enhance(this)
  }
}

function enhance(root: ConsultationForm): void {
  const part = root.required.bind(root)
  const form = part('form', HTMLFormElement)
  const summary = part('[data-error-summary]')
  const draftNotice = part('[data-draft]')
  const review = part('[data-review]')
  const fileInput = part('input[type=file]', HTMLInputElement)
  const commune = part('commune-field', CommuneField)
  const stepperBar = part('.fr-stepper')
  const uploads = part('[data-uploads]')
  // One key per filled form: a retry after a lost answer gets the first answer, not a duplicate.
  const idempotencyKey = crypto.randomUUID()
  // In a partner's frame, the partner's site is recorded as the request's source.
  const source =
    form.dataset.embedded === undefined
      ? undefined
      : declaredOrigin(new URLSearchParams(location.search))
  // Single use: the server spends it, so a new one is solved after any answer but success.
  let proof = solveProofOfWork()
  /** The proof solved meanwhile, or a fresh one if it expired or is about to (RGAA 13.1). */
  const sendableProof = async (renew = false) => {
    const current = await proof
    if (!renew && current && stillValid(current)) return current.payload
    proof = solveProofOfWork()
    const fresh = await proof
    if (fresh) await pastTimeTrap(fresh)
    return fresh?.payload
  }
  const documents = enhanceDocumentPicker(fileInput)
  const updateHints = followConditionalHints(form)
  const refresh = () => {
    updateHints()
    commune.refresh()
  }

  const errorsOf = () => {
    const { [antispamFields.honeypot]: honeypot, ...input } = consultationInputFromForm(
      new FormData(form),
    )
    const checked = validateConsultation(input)
    return { input, honeypot, errors: checked.success ? [] : checked.errors }
  }

  const stepper = createStepper(form, stepperBar, {
    canLeave: (index) => {
      const fields: readonly string[] = consultationSteps[index]?.fields ?? []
      // In the form's order, not the schema's.
      const errors = errorsOf()
        .errors.filter((error) => fields.includes(error.field))
        .sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field))
      if (errors.length > 0) {
        showErrorSummary(form, summary, errors)
        return false
      }
      clearErrors(form, fields)
      summary.replaceChildren()
      return true
    },
    onShow: (index) => {
      if (index === consultationSteps.length - 1)
        renderReview(form, review, (step) => stepper.show(step), documents?.files() ?? [])
    },
  })

  keepDraft(form, draftNotice, refresh)
  if (applyPrefill(form, new URLSearchParams(location.search))) refresh()

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    // Enter in a field of an earlier step goes on to the next step, as "Continuer" does.
    if (stepper.current < consultationSteps.length - 1) {
      form.querySelector<HTMLButtonElement>('[data-next]')?.click()
      return
    }
    const { input, honeypot, errors } = errorsOf()
    if (errors.length > 0) {
      showErrorSummary(form, summary, errors)
      const step = firstStepWith(errors.map((error) => error.field))
      if (step >= 0 && step !== stepper.current) stepper.show(step, false)
      return
    }
    // aria-disabled, not disabled, while sending: the button keeps the focus (RGAA 7.3).
    const button = form.querySelector<HTMLButtonElement>('[data-submit]')
    if (button?.getAttribute('aria-disabled') === 'true') return
    button?.setAttribute('aria-disabled', 'true')
    try {
      const post = async (challenge: string | undefined) => {
        const response = await fetch(form.action, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Idempotency-Key': idempotencyKey,
            ...(source ? { 'Dedale-Origine': source } : {}),
          },
          body: JSON.stringify({
            ...input,
            [antispamFields.honeypot]: honeypot,
            [antispamFields.challenge]: challenge,
          }),
        })
        return { response, body: (await response.json()) as unknown }
      }
      const { problemAnswer, submissionAnswer } = await import('../api-answers.ts')
      let { response, body } = await post(await sendableProof())
      // The challenge expired on the way (a sleeping tab, a slow network): once more with a
      // fresh one, without a word to the person.
      const refused = problemAnswer.safeParse(body)
      if (
        refused.success &&
        refused.data.errors?.some((error) => error.field === antispamFields.challenge)
      )
        ({ response, body } = await post(await sendableProof(true)))
      const created = submissionAnswer.safeParse(body)
      const token = created.success ? created.data.trackingUrl.split('#')[1] : undefined
      if (response.ok && token) return sent(token)
      proof = solveProofOfWork()
      const problem = problemAnswer.safeParse(body)
      const problems = (problem.success && problem.data.errors) || [
        {
          field: '',
          message: problem.success ? problem.data.error : 'Une erreur est survenue. Réessayez.',
        },
      ]
      showErrorSummary(form, summary, problems)
    } catch {
      proof = solveProofOfWork()
      showErrorSummary(form, summary, [
        { field: '', message: 'La connexion a échoué. Vérifiez votre connexion et réessayez.' },
      ])
    } finally {
      button?.removeAttribute('aria-disabled')
    }
  })

  const sent = (token: string) => {
    clearDraft()
    track('Demande de conseil', 'Envoyée')
    const embedded = form.dataset.embedded !== undefined
    const confirmation = `${form.dataset.confirmation}${embedded ? location.search : ''}#${token}`
    const files = documents?.files() ?? []
    if (files.length === 0) return location.assign(confirmation)
    const region = uploads
    const list = region.querySelector<HTMLUListElement>('ul')
    const announce = region.querySelector<HTMLElement>('[aria-live]')
    const finish = region.querySelector<HTMLAnchorElement>('a')
    if (!list || !announce || !finish) return location.assign(confirmation)
    form.hidden = true
    summary.replaceChildren()
    stepperBar.hidden = true
    region.hidden = false
    finish.href = confirmation
    region.querySelector<HTMLElement>('h2')?.focus()
    const status = region.querySelector<HTMLElement>('[data-upload-status]') ?? undefined
    uploadDocuments(files, token, { list, announce, status }, (allDone) => {
      if (allDone) location.assign(confirmation)
      else finish.hidden = false
    })
  }
}

defineEnhancer('consultation-form', ConsultationForm)
