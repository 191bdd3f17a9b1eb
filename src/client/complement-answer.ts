// <complement-answer>: the applicant answers a complement request with a message (the documents
// go through the tracking page's upload first); the token never leaves the fragment but for the API.
class ComplementAnswer extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')
    const message = this.querySelector<HTMLTextAreaElement>('#complement-message')
    const messages = this.querySelector<HTMLElement>('#complement-message-messages')
    const sent = this.querySelector<HTMLElement>('[data-sent]')
    if (!form || !message || !messages || !sent) {
      console.error(
        'complement-answer: missing form, #complement-message, its messages or [data-sent]',
      )
      return
    }
    const showError = (text: string) => {
      const line = document.createElement('p')
      line.className = 'fr-message fr-message--error'
      line.textContent = text
      messages.replaceChildren(line)
      message.setAttribute('aria-invalid', 'true')
      message.focus()
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      messages.replaceChildren()
      message.removeAttribute('aria-invalid')
      const response = await fetch('/api/tracking/complement', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${location.hash.slice(1)}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ message: message.value }),
      }).catch(() => undefined)
      if (!response) return showError('Le service ne répond pas. Réessayez dans quelques minutes.')
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          error?: string
          errors?: { message: string }[]
        }
        return showError(
          body.errors?.[0]?.message ?? body.error ?? 'Votre réponse n’a pas été envoyée.',
        )
      }
      form.hidden = true
      sent.textContent =
        'Votre réponse a été envoyée à l’UDAP. Elle reprend l’examen de votre demande.'
    })
  }
}

customElements.define('complement-answer', ComplementAnswer)
