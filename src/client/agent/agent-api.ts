// The workspace's calls: the session is an HttpOnly cookie (nothing stored in the browser). A
// session that ended while the page was open leaves the page as it is, with what was typed
// (the session notice takes the 401 over); a page opened without a session goes to sign in,
// then back.
import type * as z from 'zod/mini'
import { agentProblemSchema } from '../../domain/api/agent-request.ts'

export type Problem = z.infer<typeof agentProblemSchema>

export const signInPath = '/espace-agent/connexion/'

/** Where sign-in sends the agent back: only a workspace page of this site. */
export function returnPath(value: string | null): string {
  return value && /^\/espace-agent\/(?!connexion\/)[\w\-/?=&%.]*$/.test(value)
    ? value
    : '/espace-agent/'
}

export function goToSignIn(): void {
  location.assign(`${signInPath}?retour=${encodeURIComponent(location.pathname + location.search)}`)
}

/** Sent on a 401: the page's session notice cancels it when it shows the expiry itself. */
export const sessionExpiredEvent = 'agent-session-expired'

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; problem: Problem }

/** An answer schema (zod or zod/mini): only its parse is used. */
export interface AnswerSchema<T> {
  parse(value: unknown): T
}

export async function agentCall<T>(
  schema: AnswerSchema<T>,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })
  } catch {
    return {
      ok: false,
      status: 0,
      problem: { error: 'Le service ne répond pas. Vérifiez votre connexion et réessayez.' },
    }
  }
  if (response.status === 401) {
    if (dispatchEvent(new Event(sessionExpiredEvent, { cancelable: true }))) goToSignIn()
    return {
      ok: false,
      status: 401,
      problem: {
        error:
          'Votre session a expiré : votre texte est gardé. Reconnectez-vous dans un nouvel onglet, puis envoyez-le à nouveau.',
      },
    }
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) {
    const problem = agentProblemSchema.safeParse(body)
    return {
      ok: false,
      status: response.status,
      problem: problem.success
        ? problem.data
        : { error: 'Le service est momentanément indisponible.' },
    }
  }
  return { ok: true, value: schema.parse(body) }
}

/** A required part of a custom element's markup, reported when missing. */
export function part<E extends Element>(host: HTMLElement, selector: string): E | null {
  const found = host.querySelector<E>(selector)
  if (!found) console.error(`${host.localName}: missing ${selector}`)
  return found
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

export const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})
export const dateOnly = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeZone: 'Europe/Paris',
})

/** Shows a field's error under it (aria-invalid, message in its described-by group), or clears it. */
export function fieldMessage(
  field: HTMLElement | null,
  group: HTMLElement | null,
  message?: string,
): void {
  if (!group) return
  const wrapper = field?.closest('.fr-input-group, .fr-select-group, .fr-fieldset')
  if (message) {
    group.replaceChildren(element('p', message, 'fr-message fr-message--error'))
    field?.setAttribute('aria-invalid', 'true')
    wrapper?.classList.add(
      wrapper.classList.contains('fr-fieldset')
        ? 'fr-fieldset--error'
        : wrapper.classList.contains('fr-select-group')
          ? 'fr-select-group--error'
          : 'fr-input-group--error',
    )
  } else {
    group.replaceChildren()
    field?.removeAttribute('aria-invalid')
    wrapper?.classList.remove(
      'fr-input-group--error',
      'fr-select-group--error',
      'fr-fieldset--error',
    )
  }
}
