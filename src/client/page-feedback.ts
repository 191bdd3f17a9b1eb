// <page-feedback>, "Cette page vous a-t-elle été utile ?" with JavaScript: the vote is sent first, its outcome
// announced (role="status"), then the optional comment is offered and completes the same vote.
import { track } from './analytics.ts'
import { defineEnhancer, Enhancer } from './component.ts'

/** The API's own French message; a network failure gets the generic one. */
class Refused extends Error {}

/** The vote's follow-up token, or the API's French message (empty when there is none). */
async function readAnswer(
  response: Response,
): Promise<{ followUp?: string | undefined; error: string }> {
  const body: unknown = await response.json().catch(() => undefined)
  const { feedbackAnswer, problemAnswer } = await import('./api-answers.ts')
  const recorded = feedbackAnswer.safeParse(body)
  if (recorded.success) return { error: '', ...recorded.data }
  const problem = problemAnswer.safeParse(body)
  return { error: problem.success ? problem.data.error : '' }
}

export class PageFeedback extends Enhancer {
  protected enhance(): void {
    enhancePageFeedback({
      form: this.required('form', HTMLFormElement),
      status: this.required('[data-page-feedback-status]'),
      comment: this.required('[data-page-feedback-comment]'),
      submit: this.required('button[type=submit]', HTMLButtonElement),
      textarea: this.required('textarea', HTMLTextAreaElement),
      page: this.required('input[name="page"]', HTMLInputElement).value,
    })
  }
}

interface FeedbackParts {
  form: HTMLFormElement
  status: HTMLElement
  comment: HTMLElement
  submit: HTMLButtonElement
  textarea: HTMLTextAreaElement
  page: string
}

function enhancePageFeedback({ form, status, comment, submit, textarea, page }: FeedbackParts) {
  comment.hidden = true
  let followUp: string | undefined
  let useful: boolean | undefined

  const send = (body: Record<string, unknown>) =>
    fetch(form.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ page, ...body }),
    })

  // aria-disabled, not disabled, while sending: the button keeps the focus (RGAA 7.3).
  let sending = false
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    submit.setAttribute('aria-disabled', 'true')
    try {
      if (followUp === undefined || useful === undefined) {
        const choice = new FormData(form).get('useful')
        if (choice !== 'oui' && choice !== 'non') {
          status.textContent = 'Choisissez « Oui » ou « Non » avant d’envoyer votre avis.'
          return
        }
        useful = choice === 'oui'
        const response = await send({ useful })
        const answer = await readAnswer(response)
        if (!response.ok || !answer.followUp) throw new Refused(answer.error)
        followUp = answer.followUp
        track('Avis', useful ? 'Page utile' : 'Page pas utile')
        for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
          radio.disabled = true
        comment.hidden = false
        submit.textContent = 'Envoyer le commentaire'
        status.textContent =
          'Merci, votre avis est enregistré. Vous pouvez préciser ce que vous avez cherché sans le trouver.'
        return
      }
      const text = textarea.value.trim()
      if (!text) {
        status.textContent = 'Écrivez votre commentaire avant de l’envoyer.'
        textarea.focus()
        return
      }
      const response = await send({ useful, comment: text, followUp })
      if (!response.ok) throw new Refused((await readAnswer(response)).error)
      status.textContent = 'Merci pour votre commentaire : il nous aide à améliorer cette page.'
      // The form goes away with the focused button: the focus goes to the thanks.
      status.tabIndex = -1
      status.focus()
      form.hidden = true
    } catch (error) {
      status.textContent =
        error instanceof Refused && error.message
          ? error.message
          : 'Votre avis n’a pas pu être envoyé. Réessayez dans quelques minutes.'
    } finally {
      sending = false
      submit.removeAttribute('aria-disabled')
    }
  })
}

defineEnhancer('page-feedback', PageFeedback)
