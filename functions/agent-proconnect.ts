import type { Config } from '@netlify/functions'
import { proConnectStatusAnswer } from '../src/domain/api/agent-proconnect.ts'
import { agentConfig, agentStoreFor } from '../src/server/agent/agent-context.ts'
import {
  clearCookie,
  proConnectCookieScope,
  proConnectLogoutCookie,
  proConnectNonceCookie,
  proConnectSessionCookie,
  proConnectStateCookie,
  readCookie,
  sessionCookies,
  setCookie,
} from '../src/server/agent/agent-cookies.ts'
import { openSessionFor } from '../src/server/agent/agent-sign-in.ts'
import { refreshSeconds, verifyAgentToken } from '../src/server/agent/agent-tokens.ts'
import { proConnectAuthorization, proConnectIdentity } from '../src/server/agent/proconnect.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'

const roundTripSeconds = 10 * 60
const signInPage = '/espace-agent/connexion/'

/** A redirection on the site's own origin, with the cookies to set. */
function redirect(origin: string, path: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: new URL(path, origin).href, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/**
 * /api/agent/proconnect/etat — GET: whether the sign-in page shows the ProConnect button.
 * /api/agent/proconnect/connexion — GET: off to ProConnect (state and nonce in cookies).
 * /api/agent/proconnect/retour — GET: ProConnect's redirect_uri; an invited, active agent with
 *   that email gets an ordinary session and lands on the inbox; anyone else goes back to the
 *   sign-in page with the reason (?proconnect=refuse|etat|annule|indisponible).
 * /api/agent/proconnect/deconnexion — GET: ProConnect's post_logout_redirect_uri.
 */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const step = new URL(request.url).pathname.split('/').pop()
  const base = agentConfig()
  if (base instanceof Response) return base
  const { config, auth } = base
  const proConnect = config.proConnect
  if (step === 'etat')
    return answer(proConnectStatusAnswer, 200, { enabled: proConnect !== undefined })
  if (!proConnect) return problem(404, 'La connexion avec ProConnect n’est pas proposée ici.')
  const origin = config.siteOrigin
  const back = (reason: string, cookies: string[] = []) =>
    redirect(origin, `${signInPage}?proconnect=${reason}`, [
      clearCookie(request, proConnectStateCookie, proConnectCookieScope),
      clearCookie(request, proConnectNonceCookie, proConnectCookieScope),
      ...cookies,
    ])

  if (step === 'connexion') {
    try {
      const { url, state, nonce } = await proConnectAuthorization(
        proConnect,
        `${origin}/api/agent/proconnect/retour`,
      )
      const headers = new Headers({ Location: url, 'Cache-Control': 'no-store' })
      for (const [name, value] of [
        [proConnectStateCookie, state],
        [proConnectNonceCookie, nonce],
      ] as const)
        headers.append(
          'Set-Cookie',
          setCookie(request, name, value, roundTripSeconds, proConnectCookieScope),
        )
      return new Response(null, { status: 303, headers })
    } catch (error) {
      console.error('proconnect: discovery failed', error)
      return back('indisponible')
    }
  }

  if (step === 'retour') {
    const query = new URL(request.url).searchParams
    if (query.get('error')) return back('annule')
    const state = readCookie(request, proConnectStateCookie)
    const nonce = readCookie(request, proConnectNonceCookie)
    // Checked before any call to ProConnect: a forged or replayed return goes no further.
    if (!state || !nonce || query.get('state') !== state) return back('etat')
    // The address ProConnect redirected to, on the site's own origin (never the request's Host).
    const callbackUrl = new URL(`${origin}/api/agent/proconnect/retour`)
    callbackUrl.search = query.toString()
    let identity: Awaited<ReturnType<typeof proConnectIdentity>>
    try {
      identity = await proConnectIdentity(proConnect, callbackUrl, { state, nonce })
    } catch (error) {
      console.error('proconnect: the code exchange or userinfo failed', error)
      return back('etat')
    }
    try {
      const session = await openSessionFor(config, auth, identity.identity.email)
      if (!session) {
        console.warn('proconnect: a civil servant who is not an invited agent was refused')
        return back('refuse')
      }
      const claims = await verifyAgentToken(auth, session.accessToken)
      if (!claims) throw new Error('proconnect: the new session token did not verify')
      const store = agentStoreFor(config, auth, claims, session.accessToken)
      if (!(await store.me())) return back('refuse')
      await store.beginVisit()
      return redirect(origin, '/espace-agent/', [
        clearCookie(request, proConnectStateCookie, proConnectCookieScope),
        clearCookie(request, proConnectNonceCookie, proConnectCookieScope),
        ...sessionCookies(request, session, refreshSeconds),
        setCookie(request, proConnectSessionCookie, identity.idToken, session.expiresIn),
      ])
    } catch (error) {
      console.error('proconnect: opening the session failed', error)
      return back('indisponible')
    }
  }

  if (step === 'deconnexion') {
    const expected = readCookie(request, proConnectLogoutCookie)
    const given = new URL(request.url).searchParams.get('state')
    if (!expected || given !== expected)
      console.warn(
        'proconnect: a logout return with an unknown state (the session was closed anyway)',
      )
    return redirect(origin, `${signInPage}?deconnexion=proconnect`, [
      clearCookie(request, proConnectLogoutCookie, proConnectCookieScope),
    ])
  }
  return problem(404, 'Adresse inconnue.')
}

export const config: Config = {
  path: [
    '/api/agent/proconnect/etat',
    '/api/agent/proconnect/connexion',
    '/api/agent/proconnect/retour',
    '/api/agent/proconnect/deconnexion',
  ],
}
