// <agent-sign-in>: email, then the 6-digit code received by email; then back to the page the
// agent was on (?retour=…).
import { proConnectStatusAnswer } from '../../domain/api/agent-proconnect.ts'
import { agentCodeSentSchema, agentSessionAnswer } from '../../domain/api/agent-session.ts'
import { agentCall, element, fieldMessage, part, returnPath } from './agent-api.ts'

// Why the ProConnect function sent the agent back here (?proconnect=…).
const proConnectProblems: Record<string, string> = {
  refuse:
    'Votre compte ProConnect n’a pas accès à l’espace agent : seuls les agents invités par le responsable de leur UDAP, avec la même adresse e-mail, peuvent s’y connecter. Demandez une invitation au responsable de votre UDAP.',
  etat: 'La connexion avec ProConnect n’a pas pu être vérifiée ou a expiré. Recommencez depuis cette page.',
  annule: 'La connexion avec ProConnect a été interrompue. Recommencez depuis cette page.',
  indisponible:
    'ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec un code reçu par e-mail.',
}

/** The ProConnect button, only when the service offers it; the reason of a refused return. */
async function showProConnect(host: HTMLElement): Promise<void> {
  const reason = new URLSearchParams(location.search).get('proconnect')
  const problem = host.querySelector<HTMLElement>('[data-proconnect-problem]')
  const text = reason ? proConnectProblems[reason] : undefined
  if (problem && text) {
    const alert = element('div', undefined, 'fr-alert fr-alert--error fr-mb-4w')
    alert.append(element('h2', 'Connexion refusée', 'fr-alert__title'), element('p', text))
    problem.replaceChildren(alert)
  }
  const response = await fetch('/api/agent/proconnect/etat').catch(() => undefined)
  const status = proConnectStatusAnswer.safeParse(await response?.json().catch(() => null))
  const block = host.querySelector<HTMLElement>('[data-proconnect]')
  if (block && status.success && status.data.enabled) block.hidden = false
}

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
    if (new URLSearchParams(location.search).has('deconnexion'))
      status.textContent = 'Vous êtes déconnecté de l’espace agent et de ProConnect.'
    void showProConnect(this)

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
      const signedIn = await agentCall(agentSessionAnswer, '/api/agent/session', {
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
