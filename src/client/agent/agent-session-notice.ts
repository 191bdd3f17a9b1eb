// <agent-session-notice>: the session's time limit, under the agent's control (RGAA 13.1, WCAG
// 2.2.1). Five minutes before the session ends, a warning in the page's live region offers to
// extend it with one button; once it has ended, the notice says so and offers to sign in again
// in another tab, so that nothing typed on this page is lost. The focus is never moved to it.
import { agentSessionAnswer, sessionExtendedAnswer } from '../../domain/api/agent-session.ts'
import { element, part, sessionExpiredEvent, signInPath } from './agent-api.ts'

/** Told by the session bar once GET /api/agent/session answered: when the session ends. */
export const sessionKnownEvent = 'agent-session-known'

const warnBeforeMs = 5 * 60 * 1000
// Checked against the clock (not one long timer): a computer woken from sleep is told at once.
const checkEveryMs = 10 * 1000

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' })
/** "15 h 42", as the time is said in French text. */
export function frenchTime(date: Date): string {
  const parts = time.formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('hour')} h ${part('minute')}`
}

/**
 * The session's end on this computer's clock: the server's Date header corrects a clock that is
 * off (the warning must come five minutes before the server refuses, not before the PC thinks so).
 */
function localEnd(expiresAt: string, response: Response): number {
  const server = Date.parse(response.headers.get('date') ?? '')
  return Date.parse(expiresAt) + (Number.isNaN(server) ? 0 : Date.now() - server)
}

type State = 'active' | 'warned' | 'expired'

class AgentSessionNotice extends HTMLElement {
  #region: HTMLElement | null = null
  #expiresAt = 0
  #state: State = 'active'
  #timer: ReturnType<typeof setInterval> | undefined
  // Where the agent was working before reaching the notice (the field they last typed in, else
  // the element they last were on): the focus goes back there after.
  #typedIn: HTMLElement | undefined
  #focusedLast: HTMLElement | undefined

  connectedCallback(): void {
    this.#region = part<HTMLElement>(this, '[data-notice]')
    addEventListener(sessionKnownEvent, (event) => {
      this.#watch(Date.parse((event as CustomEvent<string>).detail))
    })
    // A workspace call answered 401 once the session was known: the page stays as it is.
    addEventListener(sessionExpiredEvent, (event) => {
      if (!this.#expiresAt) return
      event.preventDefault()
      this.#expire()
    })
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLElement && !this.contains(event.target))
        this.#focusedLast = event.target
    })
    document.addEventListener('input', (event) => {
      if (event.target instanceof HTMLElement) this.#typedIn = event.target
    })
    // Back from signing in in another tab (or from sleep): the clock and the new session decide.
    const back = () => {
      if (this.#state === 'expired') void this.#signedInElsewhere()
      else if (this.#expiresAt) this.#check()
    }
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') back()
    })
    addEventListener('focus', back)
  }

  disconnectedCallback(): void {
    clearInterval(this.#timer)
  }

  #watch(expiresAt: number, state: State = 'active'): void {
    if (Number.isNaN(expiresAt)) return
    this.#expiresAt = expiresAt
    this.#state = state
    clearInterval(this.#timer)
    this.#timer = setInterval(() => this.#check(), checkEveryMs)
    this.#check()
  }

  #check(): void {
    const left = this.#expiresAt - Date.now()
    if (left <= 0) this.#expire()
    else if (left <= warnBeforeMs && this.#state === 'active') this.#warn()
  }

  #warn(): void {
    this.#state = 'warned'
    const extend = element('button', 'Prolonger ma session', 'fr-btn fr-btn--sm fr-mt-1w')
    extend.type = 'button'
    extend.addEventListener('click', () => void this.#extend(extend))
    this.#show(
      'warning',
      [
        element(
          'p',
          `Votre session expire à ${frenchTime(new Date(this.#expiresAt))}. Prolongez-la pour garder votre travail.`,
        ),
        extend,
      ],
      extend,
    )
  }

  async #extend(button: HTMLButtonElement): Promise<void> {
    // Not `disabled`: the button keeps the focus while the server answers.
    if (button.getAttribute('aria-disabled') === 'true') return
    button.setAttribute('aria-disabled', 'true')
    const response = await fetch('/api/agent/session/prolonger', {
      method: 'POST',
      credentials: 'same-origin',
    }).catch(() => undefined)
    button.removeAttribute('aria-disabled')
    if (response?.status === 401) return this.#expire()
    const extended = sessionExtendedAnswer.safeParse(
      response?.ok ? await response.json().catch(() => null) : null,
    )
    if (!response || !extended.success) {
      const failed = element(
        'p',
        'La session n’a pas pu être prolongée : le service ne répond pas. Réessayez dans un instant.',
        'fr-message fr-message--error',
      )
      button.parentElement?.querySelector('.fr-message--error')?.remove()
      button.before(failed)
      return
    }
    const expiresAt = localEnd(extended.data.expiresAt, response)
    const until = frenchTime(new Date(expiresAt))
    // Ten hours after signing in, the session ends for the day whatever the agent does.
    const lastOne = expiresAt - Date.now() <= warnBeforeMs
    this.#show(lastOne ? 'warning' : 'success', [
      element(
        'p',
        lastOne
          ? `Votre session ne peut plus être prolongée : elle se termine à ${until}. Envoyez votre travail avant.`
          : `Session prolongée jusqu’à ${until}.`,
      ),
    ])
    this.#watch(expiresAt, lastOne ? 'warned' : 'active')
  }

  #expire(): void {
    if (this.#state === 'expired') return
    this.#state = 'expired'
    clearInterval(this.#timer)
    const signIn = element('a', 'Se reconnecter dans un nouvel onglet', 'fr-link')
    signIn.href = signInPath
    signIn.target = '_blank'
    signIn.rel = 'noopener'
    this.#show(
      'error',
      [
        element(
          'p',
          'Votre session a expiré. Ce que vous avez saisi reste sur cette page : reconnectez-vous dans un nouvel onglet, puis revenez ici pour l’envoyer.',
        ),
        signIn,
      ],
      signIn,
    )
  }

  /** Signed in again in another tab: the page goes on with the new session. */
  async #signedInElsewhere(): Promise<void> {
    const response = await fetch('/api/agent/session', { credentials: 'same-origin' }).catch(
      () => undefined,
    )
    const session = agentSessionAnswer.safeParse(
      response?.ok ? await response.json().catch(() => null) : null,
    )
    if (!response || !session.success) return
    const expiresAt = localEnd(session.data.expiresAt, response)
    this.#show('success', [
      element(
        'p',
        `Connexion rétablie : session valable jusqu’à ${frenchTime(new Date(expiresAt))}.`,
      ),
    ])
    this.#watch(expiresAt)
  }

  /**
   * Replaces the notice (announced by the live region). If the focus was in the old notice, it
   * goes to `next` (the new notice's control), or back to the agent's work.
   */
  #show(kind: 'warning' | 'success' | 'error', content: Node[], next?: HTMLElement): void {
    const hadFocus = this.contains(document.activeElement)
    const alert = element('div', undefined, `fr-alert fr-alert--${kind} fr-alert--sm`)
    alert.append(...content)
    this.#region?.replaceChildren(alert)
    if (hadFocus) next ? next.focus() : this.#returnToWork()
  }

  #returnToWork(): void {
    if (!this.contains(document.activeElement) && document.activeElement !== document.body) return
    const work = [this.#typedIn, this.#focusedLast].find((candidate) => candidate?.isConnected)
    if (work) work.focus()
    else {
      this.#region?.setAttribute('tabindex', '-1')
      this.#region?.focus()
    }
  }
}

customElements.define('agent-session-notice', AgentSessionNotice)
