import pg from 'pg'
import { storeError } from './consultation-store.ts'
import type { SqlArguments, SqlFunctions } from './sql-functions.ts'

/**
 * The postgres adapter: one connection, opened on first use and closed by `close()`, because
 * Netlify's emulator evaluates a function afresh for every call — a module-level pool would
 * leak one connection per request.
 */
export function postgresFunctions(databaseUrl: string): SqlFunctions {
  let client: Promise<pg.Client> | undefined

  async function connect(): Promise<pg.Client> {
    const created = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
    created.on('error', () => {}) // a dropped connection surfaces on the next query
    await created.connect()
    return created
  }

  async function run<Row extends pg.QueryResultRow>(
    select: string,
    name: string,
    args: SqlArguments,
  ): Promise<Row[]> {
    const names = Object.keys(args)
    // Named notation: the function's signature gives each parameter its type.
    const call = `public.${name}(${names.map((arg, i) => `${arg} => $${i + 1}`).join(', ')})`
    try {
      client ??= connect()
      return (
        await (await client).query<Row>(`select ${select.replace('%', call)}`, Object.values(args))
      ).rows
    } catch (error) {
      const { code, message } = error as { code?: string; message: string }
      throw storeError(code, `postgres store: ${name}: ${message}`, error)
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
    async close() {
      const opened = client
      client = undefined
      if (opened) await (await opened.catch(() => undefined))?.end()
    },
  }
}
