import type { PGlite } from '@electric-sql/pglite'
import type pg from 'pg'

/** The little the database tooling needs, whether Postgres is PGlite in-process or a server. */
export interface SqlRunner {
  /** Runs one or more statements (simple protocol), no parameters. */
  exec(sql: string): Promise<void>
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<Row[]>
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql)
    },
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows
    },
  }
}

export function pgClientRunner(client: pg.Client): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql)
    },
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[]
    },
  }
}
