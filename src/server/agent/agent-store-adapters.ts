import { createClient } from '@supabase/supabase-js'
import { poolFor } from '../store/postgres-functions.ts'
import { type DatabaseSession, inSession } from '../store/postgres-session.ts'
import { type AgentCall, type AgentStore, agentError, agentStoreOver } from './agent-store.ts'

/** Locally (PGlite, PostgreSQL): each call in its own transaction, as `authenticated` with the agent's claims. */
export function postgresAgentStore(
  databaseUrl: string,
  claims: Extract<DatabaseSession, { role: 'authenticated' }>['claims'],
): AgentStore {
  const pool = poolFor(databaseUrl)
  const call: AgentCall = async (name, args) => {
    const names = Object.keys(args)
    const sql = `select public.${name}(${names.map((arg, i) => `${arg} => $${i + 1}`).join(', ')}) as result`
    try {
      return await inSession(pool, { role: 'authenticated', claims }, async (client) => {
        const { rows } = await client.query<{ result: unknown }>(
          sql,
          Object.values(args).map((value) =>
            value !== null && typeof value === 'object' ? JSON.stringify(value) : value,
          ),
        )
        return rows[0]?.result ?? null
      })
    } catch (error) {
      const { code, message, hint } = error as { code?: string; message: string; hint?: string }
      throw agentError(code, message, hint)
    }
  }
  return agentStoreOver(call)
}

/** In production: PostgREST's `rpc` with the agent's own JWT and the publishable key (no service key). */
export function supabaseAgentStore(options: {
  url: string
  publishableKey: string
  accessToken: string
  fetch?: typeof fetch
}): AgentStore {
  const supabase = createClient(options.url, options.publishableKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: {
      headers: { Authorization: `Bearer ${options.accessToken}` },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  })
  const call: AgentCall = async (name, args) => {
    const { data, error } = await supabase.rpc(name, args)
    if (error) throw agentError(error.code || undefined, error.message, error.hint || undefined)
    return data
  }
  return agentStoreOver(call)
}
