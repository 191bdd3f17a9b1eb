// The session lives in an HttpOnly cookie only the workspace's API receives: nothing personal
// in the browser's storage, nothing a script can read.
export const sessionCookie = 'dedale_agent_session'
export const codeCookie = 'dedale_agent_code'
// The refresh token, to extend the session (RGAA 13.1): sent only to the session's own address.
export const refreshCookie = 'dedale_agent_refresh'
// After a ProConnect sign-in: its ID token, for the id_token_hint of ProConnect's logout.
export const proConnectSessionCookie = 'dedale_agent_proconnect'
// ProConnect's round trips: state and nonce of a sign-in, state of a logout. They come back on a
// top-level navigation from ProConnect's site, so they are SameSite=Lax (Strict ones would not be
// sent), and reach only the ProConnect function's paths.
export const proConnectStateCookie = 'dedale_proconnect_state'
export const proConnectNonceCookie = 'dedale_proconnect_nonce'
export const proConnectLogoutCookie = 'dedale_proconnect_logout'
export const proConnectCookiePath = '/api/agent/proconnect'

function isLocalhost(request: Request): boolean {
  const { hostname } = new URL(request.url)
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

export function setCookie(
  request: Request,
  name: string,
  value: string,
  maxAgeSeconds: number,
  scope: { path: string; sameSite: 'Strict' | 'Lax' } = { path: '/api/agent', sameSite: 'Strict' },
): string {
  const secure = isLocalhost(request) ? '' : '; Secure'
  return `${name}=${value}; Path=${scope.path}; HttpOnly; SameSite=${scope.sameSite}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure}`
}

export function clearCookie(
  request: Request,
  name: string,
  scope?: { path: string; sameSite: 'Strict' | 'Lax' },
): string {
  return setCookie(request, name, '', 0, scope)
}

/** The scope of the refresh cookie: /api/agent/session and its /prolonger. */
export const refreshCookieScope = { path: '/api/agent/session', sameSite: 'Strict' } as const

/** The session's two cookies: the access token (an hour) and the refresh token (the day). */
export function sessionCookies(
  request: Request,
  session: { accessToken: string; expiresIn: number; refreshToken: string },
  refreshExpiresIn: number,
): string[] {
  return [
    setCookie(request, sessionCookie, session.accessToken, session.expiresIn),
    setCookie(request, refreshCookie, session.refreshToken, refreshExpiresIn, refreshCookieScope),
  ]
}

/** The scope of ProConnect's round-trip cookies. */
export const proConnectCookieScope = { path: proConnectCookiePath, sameSite: 'Lax' } as const

export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=') || undefined
  }
  return undefined
}
