// "Cette page vous a-t-elle été utile ?" with JavaScript: the vote is sent first, its outcome
// announced (role="status"), then the optional comment is offered and completes the same vote.
import { track } from './analytics.ts'

interface Answer {
  followUp?: string
  error?: string
}

/** The API's own French message; a network failure gets the generic one. */
class Refused extends Error {}

export function enhancePageFeedback(): void {
  const form = document.querySelector<HTMLFormElement>('[data-page-feedback]')
  const status = document.querySelector<HTMLElement>('[data-page-feedback-status]')
  const comment = form?.querySelector<HTMLElement>('[data-page-feedback-comment]')
  const submit = form?.querySelector<HTMLButtonElement>('[data-page-feedback-submit]')
  const textarea = form?.querySelector<HTMLTextAreaElement>('textarea')
  const page = form?.querySelector<HTMLInputElement>('input[name="page"]')?.value
  if (!form || !status || !comment || !submit || !textarea || !page) return
  comment.hidden = true
  let followUp: string | undefined
  let useful: boolean | undefined

  const send = (body: Record<string, unknown>) =>
    fetch(form.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ page, ...body }),
    })

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    submit.disabled = true
    try {
      if (followUp === undefined || useful === undefined) {
        const choice = new FormData(form).get('useful')
        if (choice !== 'oui' && choice !== 'non') {
          status.textContent = 'Choisissez « Oui » ou « Non » avant d’envoyer votre avis.'
          return
        }
        useful = choice === 'oui'
        const response = await send({ useful })
        const answer = (await response.json().catch(() => ({}))) as Answer
        if (!response.ok || !answer.followUp) throw new Refused(answer.error ?? '')
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
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) throw new Refused(answer.error ?? '')
      form.hidden = true
      status.textContent = 'Merci pour votre commentaire : il nous aide à améliorer cette page.'
    } catch (error) {
      status.textContent =
        error instanceof Refused && error.message
          ? error.message
          : 'Votre avis n’a pas pu être envoyé. Réessayez dans quelques minutes.'
    } finally {
      submit.disabled = false
    }
  })
}
