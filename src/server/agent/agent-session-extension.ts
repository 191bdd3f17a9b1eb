import { decodeJwt } from 'jose'
import type { AgentAuthConfig, ServerConfig } from '../config.ts'
import { withStore } from '../store/open-store.ts'
import { AuthUnavailable, signedIn, signOut } from './agent-sign-in.ts'
import { issueLocalSession, refreshSeconds, verifyLocalRefreshToken } from './agent-tokens.ts'

/** An extended session, with how long its refresh cookie lives; or none to extend. */
export type SessionExtension =
  | {
      type: 'extended'
      accessToken: string
      expiresIn: number
      refreshToken: string
      refreshExpiresIn: number
    }
  | { type: 'ended' }

/**
 * Extends an agent's session with its refresh token (RGAA 13.1: the agent controls the hour's
 * limit). With Supabase, Auth's refresh grant (it rotates the refresh token; 400/401: the
 * session is over). Locally, only for an account that is still an active agent's, and never past
 * the end set at sign-in.
 */
export async function extendSession(
  config: ServerConfig,
  auth: AgentAuthConfig,
  refreshToken: string,
  now = Math.floor(Date.now() / 1000),
): Promise<SessionExtension> {
  if (auth.kind === 'supabase') {
    const response = await fetch(new URL('/auth/v1/token?grant_type=refresh_token', auth.url), {
      method: 'POST',
      headers: { apikey: auth.publishableKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ refresh_token: refreshToken }),
    })
    if (response.status >= 500)
      throw new AuthUnavailable(`Supabase Auth refresh_token: ${response.status}`)
    if (!response.ok) return { type: 'ended' }
    const { type: _, ...session } = signedIn(await response.json())
    // Supabase's refresh tokens do not end with the day: its access token says when the agent
    // signed in (`amr`), and the session ends ten hours after it, as the local one does.
    const since = signedInAt(session.accessToken)
    const end = since === undefined ? now : since + refreshSeconds
    if (end <= now) {
      await signOut(auth, session.accessToken)
      return { type: 'ended' }
    }
    return {
      type: 'extended',
      ...session,
      expiresIn: Math.min(session.expiresIn, end - now),
      refreshExpiresIn: end - now,
    }
  }
  const account = await verifyLocalRefreshToken(auth.secret, refreshToken)
  if (!account) return { type: 'ended' }
  // Deactivated since signing in, or the address now names another account: no extension.
  const active = await withStore(config.store, (store) => store.localAgentAccount(account.email))
  if (active !== account.id) return { type: 'ended' }
  const session = await issueLocalSession(auth.secret, account, now, account.expiresAt)
  return { type: 'extended', ...session, refreshExpiresIn: account.expiresAt - now }
}

/** When the agent signed in, from a Supabase access token's `amr` claim (each method used, with
 * its time); undefined when it does not say. */
function signedInAt(accessToken: string): number | undefined {
  try {
    const { amr } = decodeJwt(accessToken)
    const times = (Array.isArray(amr) ? amr : []).flatMap((entry: unknown) => {
      const timestamp = (entry as { timestamp?: unknown } | null)?.timestamp
      return typeof timestamp === 'number' ? [timestamp] : []
    })
    return times.length > 0 ? Math.min(...times) : undefined
  } catch {
    return undefined
  }
}
