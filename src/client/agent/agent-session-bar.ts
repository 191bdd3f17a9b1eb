// <agent-session-bar>: the signed-in agent and their UDAP, the workspace's pages (the
// responsable's shown to them only); sign-out clears the session cookies (and, after a
// ProConnect sign-in, closes the ProConnect session too). It tells the session notice when the
// session ends.
import { agentSignedOutAnswer } from '../../domain/api/agent-proconnect.ts'
import { agentSessionAnswer } from '../../domain/api/agent-session.ts'
import { agentCall, part, signInPath } from './agent-api.ts'
// Defined first: the page's session notice listens before the session is known.
import { sessionKnownEvent } from './agent-session-notice.ts'

class AgentSessionBar extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const who = part<HTMLElement>(this, '[data-who]')
    const signOut = part<HTMLButtonElement>(this, '[data-sign-out]')
    if (!who || !signOut) return
    signOut.addEventListener('click', async () => {
      const response = await fetch('/api/agent/session', {
        method: 'DELETE',
        credentials: 'same-origin',
      }).catch(() => undefined)
      // Signed in through ProConnect: on to its end_session, which comes back to the sign-in page.
      const proConnect =
        response?.status === 200
          ? agentSignedOutAnswer.safeParse(await response.json().catch(() => null))
          : undefined
      location.assign(proConnect?.success ? proConnect.data.end_session_url : signInPath)
    })
    const session = await agentCall(agentSessionAnswer, '/api/agent/session')
    if (session.ok) {
      dispatchEvent(new CustomEvent(sessionKnownEvent, { detail: session.value.expiresAt }))
      who.textContent = `${session.value.display_name} — ${session.value.udap_name}${session.value.role === 'responsable' ? ' (responsable)' : ''}`
      // The responsable's pages (the database refuses them to anyone else).
      for (const item of this.querySelectorAll<HTMLElement>('[data-responsable]'))
        item.hidden = session.value.role !== 'responsable'
    } else if (session.status !== 401) who.textContent = session.problem.error
  }
}

customElements.define('agent-session-bar', AgentSessionBar)
