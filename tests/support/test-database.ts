// A fresh, migrated database for one test file: PGlite in-process (served on a local socket for
// handler suites), or a clone of the run's template on the PostgreSQL server.
import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { pgtap } from '@electric-sql/pglite-pgtap'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import { migrate } from '../../scripts/database/migrate.ts'
import { pgClientRunner, pgliteRunner, type SqlRunner } from '../../scripts/database/sql-runner.ts'
import { databaseUrlFor } from './server-databases.ts'

export interface TestDatabase {
  target: 'pglite' | 'postgres'
  /** Connection string for code under test (handlers, adapters). */
  url: string
  /** Direct access for setup and assertions (in-process on PGlite). */
  sql: SqlRunner
  close(): Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return inject('databaseTarget') === 'postgres' ? cloneServerDatabase() : startPglite()
}

async function startPglite(): Promise<TestDatabase> {
  // pgTAP is loaded so that supabase/tests run here too.
  const db = await PGlite.create({ extensions: { pgtap } })
  await migrate(pgliteRunner(db))
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 })
  await server.start()
  return {
    target: 'pglite',
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    sql: pgliteRunner(db),
    async close() {
      await server.stop()
      await db.close()
    },
  }
}

async function cloneServerDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('serverDatabaseUrl')
  const template = inject('templateDatabase')
  const name = `${template}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await createFromTemplate(admin, name, template)
  const url = databaseUrlFor(serverUrl, name)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    target: 'postgres',
    url,
    sql: pgClientRunner(client),
    async close() {
      await client.end()
      await admin.query(`drop database if exists "${name}" with (force)`)
      await admin.end()
    },
  }
}

/** Clones the template; two clones started at once may find it busy for a moment, so retry. */
async function createFromTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return void (await admin.query(`create database "${name}" template "${template}"`))
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 10) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}

/**
 * A fresh database for the test file, made before its tests and dropped after; the functions
 * under test find it through DATABASE_URL. Every UDAP takes requests there unless `asMigrated`.
 */
export function useTestDatabase(
  options: { asMigrated?: boolean } = {},
): Omit<TestDatabase, 'close'> {
  let current: TestDatabase | undefined
  beforeAll(async () => {
    current = await createTestDatabase()
    // The suites send requests to every département: here every UDAP takes online requests (a
    // test turns one off), unless the suite checks the migrations' own rows, which leave them all
    // off until each UDAP confirms, in Studio.
    if (!options.asMigrated) await current.sql.exec('update public.udaps set active = true')
    process.env.DATABASE_URL = current.url
  })
  afterAll(() => current?.close())
  const made = () => {
    if (!current)
      throw new Error('The test database is made in beforeAll: use it inside a test or a hook.')
    return current
  }
  return {
    get target() {
      return made().target
    },
    get url() {
      return made().url
    },
    get sql() {
      return made().sql
    },
  }
}
