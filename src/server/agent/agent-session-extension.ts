import type { AgentAuthConfig, ServerConfig } from '../config.ts'
import { withStore } from '../store/open-store.ts'
import { AuthUnavailable, signedIn } from './agent-sign-in.ts'
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
    return { type: 'extended', ...session, refreshExpiresIn: refreshSeconds }
  }
  const account = await verifyLocalRefreshToken(auth.secret, refreshToken)
  if (!account) return { type: 'ended' }
  // Deactivated since signing in, or the address now names another account: no extension.
  const active = await withStore(config.store, (store) => store.localAgentAccount(account.email))
  if (active !== account.id) return { type: 'ended' }
  const session = await issueLocalSession(auth.secret, account, now, account.expiresAt)
  return { type: 'extended', ...session, refreshExpiresIn: account.expiresAt - now }
}
