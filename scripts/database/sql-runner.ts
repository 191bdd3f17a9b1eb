import type { PGlite } from '@electric-sql/pglite'
import type pg from 'pg'

type Row = Record<string, unknown>

/** The little the database tooling needs, whether Postgres is PGlite in-process or a server. */
export interface SqlRunner {
  /** Runs one or more statements (simple protocol), no parameters. */
  exec(sql: string): Promise<void>
  /** Runs one or more statements and answers the rows of all of them, in order. */
  script(sql: string): Promise<Row[]>
  query<R extends object = Row>(sql: string, params?: unknown[]): Promise<R[]>
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql)
    },
    async script(sql) {
      return (await db.exec(sql)).flatMap((result) => result.rows as Row[])
    },
    async query<R extends object>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows
    },
  }
}

export function pgClientRunner(client: pg.Client): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql)
    },
    async script(sql) {
      const results = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[]
      return (Array.isArray(results) ? results : [results]).flatMap(
        (result) => result.rows as Row[],
      )
    },
    async query<R extends object>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[]
    },
  }
}
