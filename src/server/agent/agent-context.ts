import type { AgentAuthConfig, ServerConfig } from '../config.ts'
import { loadConfig } from '../http/load-config.ts'
import { problem, serviceUnavailable } from '../http/responses.ts'
import { clearCookie, readCookie, sessionCookie } from './agent-cookies.ts'
import { AuthUnavailable } from './agent-sign-in.ts'
import { AgentRefusal, type AgentStore, AgentStoreUnavailable } from './agent-store.ts'
import { postgresAgentStore, supabaseAgentStore } from './agent-store-adapters.ts'
import { type AgentClaims, verifyAgentToken } from './agent-tokens.ts'

export interface AgentContext {
  config: ServerConfig
  auth: AgentAuthConfig
  claims: AgentClaims
  accessToken: string
  store: AgentStore
}

/** The workspace's configuration, or the answer to give when it is off. */
export function agentConfig(): { config: ServerConfig; auth: AgentAuthConfig } | Response {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (!config.agentAuth) {
    console.error('agent workspace: neither AGENT_JWT_SECRET nor SUPABASE_PUBLISHABLE_KEY is set')
    return serviceUnavailable()
  }
  return { config, auth: config.agentAuth }
}

/** The session expired or never was: the page sends the agent to sign in, then back. */
export function signInAgain(request: Request): Response {
  return problem(401, 'Votre session a expiré ou vous n’êtes pas connecté. Reconnectez-vous.', [], {
    'Set-Cookie': clearCookie(request, sessionCookie),
  })
}

/** The agent behind the request's session cookie, with a store that runs every call as them. */
export async function agentContext(request: Request): Promise<AgentContext | Response> {
  const base = agentConfig()
  if (base instanceof Response) return base
  const accessToken = readCookie(request, sessionCookie)
  const claims = accessToken && (await verifyAgentToken(base.auth, accessToken))
  if (!accessToken || !claims) return signInAgain(request)
  return {
    ...base,
    claims,
    accessToken,
    store: agentStoreFor(base.config, base.auth, claims, accessToken),
  }
}

export function agentStoreFor(
  config: ServerConfig,
  auth: AgentAuthConfig,
  claims: AgentClaims,
  accessToken: string,
): AgentStore {
  if (config.store.kind === 'postgres') return postgresAgentStore(config.store.databaseUrl, claims)
  if (auth.kind !== 'supabase')
    throw new Error('The supabase store needs Supabase Auth for agents.')
  return supabaseAgentStore({ url: auth.url, publishableKey: auth.publishableKey, accessToken })
}

/** Not the agent's, or does not exist: the same answer. */
export function notFound(): Response {
  return problem(404, 'Cette demande n’existe pas ou n’est pas celle de votre UDAP.')
}

/** A refused action shows the database's message (and its hint) next to the action. */
export function agentFailure(error: unknown, field = 'action'): Response {
  if (error instanceof AgentRefusal) {
    const message = error.hint ? `${error.message} ${error.hint}` : error.message
    return problem(error.status, message, [{ field, message }])
  }
  // A store or Supabase Auth that does not answer is said in one line; anything else in full.
  if (error instanceof AgentStoreUnavailable)
    console.error('agent workspace: store unavailable', error.message)
  else if (error instanceof AuthUnavailable)
    console.error('agent workspace: auth unavailable', error.message)
  else console.error('agent workspace: failure', error)
  return serviceUnavailable()
}
