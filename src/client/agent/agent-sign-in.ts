// <agent-sign-in>: email, then the 6-digit code received by email; then back to the page the
// agent was on (?retour=…).
import { agentCodeSentSchema, agentSessionSchema } from '../../domain/api/agent-session.ts'
import { agentCall, fieldMessage, part, returnPath } from './agent-api.ts'

class AgentSignIn extends HTMLElement {
  connectedCallback(): void {
    const emailForm = part<HTMLFormElement>(this, 'form[data-step="email"]')
    const codeForm = part<HTMLFormElement>(this, 'form[data-step="code"]')
    const email = part<HTMLInputElement>(this, '#email')
    const code = part<HTMLInputElement>(this, '#code')
    const status = part<HTMLElement>(this, '[data-status]')
    if (!emailForm || !codeForm || !email || !code || !status) return
    const emailMessages = this.querySelector<HTMLElement>('#email-messages')
    const codeMessages = this.querySelector<HTMLElement>('#code-messages')
    const back = returnPath(new URLSearchParams(location.search).get('retour'))
    if (new URLSearchParams(location.search).has('retour'))
      status.textContent =
        'Votre session a expiré : reconnectez-vous pour revenir à la page où vous étiez.'

    emailForm.addEventListener('submit', async (event) => {
      event.preventDefault()
      fieldMessage(email, emailMessages)
      const sent = await agentCall(agentCodeSentSchema, '/api/agent/session', {
        method: 'POST',
        body: { email: email.value.trim() },
      })
      if (!sent.ok) {
        fieldMessage(email, emailMessages, sent.problem.errors?.[0]?.message ?? sent.problem.error)
        return email.focus()
      }
      status.textContent = sent.value.message
      codeForm.hidden = false
      code.focus()
    })

    codeForm.addEventListener('submit', async (event) => {
      event.preventDefault()
      fieldMessage(code, codeMessages)
      const signedIn = await agentCall(agentSessionSchema, '/api/agent/session', {
        method: 'POST',
        body: { email: email.value.trim(), code: code.value.trim() },
      })
      if (!signedIn.ok) {
        fieldMessage(
          code,
          codeMessages,
          signedIn.problem.errors?.[0]?.message ?? signedIn.problem.error,
        )
        return code.focus()
      }
      location.assign(back)
    })
  }
}

customElements.define('agent-sign-in', AgentSignIn)
