import type { Config } from '@netlify/functions'
import { sessionExtendedAnswer } from '../src/domain/api/agent-session.ts'
import { agentConfig, agentFailure } from '../src/server/agent/agent-context.ts'
import {
  clearCookie,
  proConnectSessionCookie,
  readCookie,
  refreshCookie,
  refreshCookieScope,
  sessionCookie,
  sessionCookies,
  setCookie,
} from '../src/server/agent/agent-cookies.ts'
import { extendSession } from '../src/server/agent/agent-session-extension.ts'
import { isCrossOrigin } from '../src/server/http/cors.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'

/**
 * /api/agent/session/prolonger — POST, no body: the session goes on for another hour (RGAA
 * 13.1), within the day of its sign-in; 401 once it cannot (the agent signs in again).
 */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  // Only the workspace's own pages extend a session (besides the SameSite=Strict cookie): no
  // body means no JSON content type, so the origin is checked here.
  const fetchSite = request.headers.get('sec-fetch-site')
  if (isCrossOrigin(request) || (fetchSite !== null && fetchSite !== 'same-origin'))
    return problem(403, 'Seules les pages de l’espace agent peuvent prolonger la session.')
  const base = agentConfig()
  if (base instanceof Response) return base
  const refreshToken = readCookie(request, refreshCookie)
  const now = Math.floor(Date.now() / 1000)
  try {
    const extension = refreshToken
      ? await extendSession(base.config, base.auth, refreshToken, now)
      : ({ type: 'ended' } as const)
    if (extension.type === 'ended') {
      const ended = problem(401, 'Votre session a expiré : reconnectez-vous.')
      ended.headers.append('Set-Cookie', clearCookie(request, sessionCookie))
      ended.headers.append('Set-Cookie', clearCookie(request, refreshCookie, refreshCookieScope))
      return ended
    }
    const expiresAt = new Date((now + extension.expiresIn) * 1000).toISOString()
    const extended = answer(sessionExtendedAnswer, 200, { expiresAt })
    for (const cookie of sessionCookies(request, extension, extension.refreshExpiresIn))
      extended.headers.append('Set-Cookie', cookie)
    // After a ProConnect sign-in, its ID token stays for the logout as long as the session.
    const idToken = readCookie(request, proConnectSessionCookie)
    if (idToken)
      extended.headers.append(
        'Set-Cookie',
        setCookie(request, proConnectSessionCookie, idToken, extension.expiresIn),
      )
    return extended
  } catch (error) {
    return agentFailure(error)
  }
}

export const config: Config = { path: '/api/agent/session/prolonger' }
