import pg from 'pg'
import { storeError } from './consultation-store.ts'
import { inSession } from './postgres-session.ts'
import type { SqlArguments, SqlFunctions } from './sql-functions.ts'

// One small pool per database for the life of the module. A warm production instance reuses its
// connections from call to call; Netlify's emulator, which evaluates the module afresh for every
// call, gets a pool whose connection closes itself once idle: nothing outlives the call for long.
const pools = new Map<string, pg.Pool>()

export function poolFor(databaseUrl: string): pg.Pool {
  let pool = pools.get(databaseUrl)
  if (!pool) {
    pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 10,
      idleTimeoutMillis: 2000,
      connectionTimeoutMillis: 5000,
      allowExitOnIdle: true,
    })
    pool.on('error', () => {}) // a connection dropped while idle is replaced on the next call
    pools.set(databaseUrl, pool)
  }
  return pool
}

/**
 * The postgres adapter: each SQL function is one call in its own transaction, run as
 * service_role with its claims, as PostgREST runs the supabase adapter's calls: a grant missing
 * in the migrations fails here as it would in production.
 */
export function postgresFunctions(databaseUrl: string): SqlFunctions {
  const pool = poolFor(databaseUrl)

  async function run<Row extends pg.QueryResultRow>(
    select: string,
    name: string,
    args: SqlArguments,
  ): Promise<Row[]> {
    const names = Object.keys(args)
    // Named notation: the function's signature gives each parameter its type.
    const call = `public.${name}(${names.map((arg, i) => `${arg} => $${i + 1}`).join(', ')})`
    try {
      return await inSession(
        pool,
        { role: 'service_role' },
        async (client) =>
          (await client.query<Row>(`select ${select.replace('%', call)}`, Object.values(args)))
            .rows,
      )
    } catch (error) {
      const { code, message } = error as { code?: string; message: string }
      throw storeError(code, `postgres store: ${name}: ${message}`, error, message)
    }
  }

  return {
    kind: 'postgres',
    async scalar<T>(name: string, args: SqlArguments = {}) {
      const [row] = await run<{ result: T }>('% as result', name, args)
      return row?.result as T
    },
    rows<T>(name: string, args: SqlArguments = {}) {
      return run<T & pg.QueryResultRow>('* from %', name, args) as Promise<T[]>
    },
    // The pool outlives a call on purpose (see above).
    async close() {},
  }
}
