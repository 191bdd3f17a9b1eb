import { createClient } from '@supabase/supabase-js'
import { storeError } from './consultation-store.ts'
import type { SqlArguments, SqlFunctions } from './sql-functions.ts'

export interface SupabaseOptions {
  url: string
  secretKey: string
  /** The HTTP client supabase-js uses; tests pass one that answers like PostgREST. */
  fetch?: typeof fetch
}

/** The supabase adapter (production): the same SQL functions, called through PostgREST's `rpc`. */
export function supabaseFunctions({ url, secretKey, fetch }: SupabaseOptions): SqlFunctions {
  const supabase = createClient(url, secretKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    ...(fetch ? { global: { fetch } } : {}),
  })

  async function rpc<T>(name: string, args: SqlArguments): Promise<T> {
    const { data, error } = await supabase.rpc(name, toPostgrest(args))
    if (error)
      throw storeError(
        error.code || undefined,
        `supabase store: ${name}: ${error.message}`,
        undefined,
        error.message,
      )
    return data as T
  }

  return {
    kind: 'supabase',
    scalar: <T>(name: string, args: SqlArguments = {}) => rpc<T>(name, args),
    rows: async <T>(name: string, args: SqlArguments = {}) =>
      (await rpc<T[] | null>(name, args)) ?? [],
    async close() {},
  }
}

/** PostgREST reads bytea arguments in their hex form, \x… */
function toPostgrest(args: SqlArguments): SqlArguments {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : value,
    ]),
  )
}
