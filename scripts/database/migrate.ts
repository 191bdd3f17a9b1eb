import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SqlRunner } from './sql-runner.ts'

const supabaseDir = join(import.meta.dirname, '..', '..', 'supabase')
export const migrationsDir = join(supabaseDir, 'migrations')
export const bootstrapFile = join(supabaseDir, 'compat', 'bootstrap.sql')
export const seedFile = join(supabaseDir, 'seed.sql')

// Any constant will do: it keeps two runners from migrating the same database at once.
const migrationLock = 7_241_0001

export interface Migration {
  version: string
  name: string
  file: string
}

/** Migrations in Supabase CLI naming: `<version>_<name>.sql`, applied in version order. */
export async function listMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort()
  return files.map((file) => {
    const match = /^(\d{14})_(.+)\.sql$/.exec(file)
    if (!match?.[1] || !match[2]) {
      throw new Error(`${join(dir, file)}: expected a name like 20261128120000_consultations.sql`)
    }
    return { version: match[1], name: match[2], file: join(dir, file) }
  })
}

/**
 * Applies the Supabase-compatibility bootstrap (outside Supabase only), then each migration not
 * yet recorded in `supabase_migrations.schema_migrations` — the table the Supabase CLI keeps, so
 * that `supabase db push` and this runner agree on what a database has.
 * Returns the versions applied.
 */
export async function migrate(db: SqlRunner, dir = migrationsDir): Promise<string[]> {
  await db.query('select pg_advisory_lock($1)', [migrationLock])
  try {
    const onSupabase = await db.query(`select 1 from pg_roles where rolname = 'supabase_admin'`)
    if (onSupabase.length === 0) await db.exec(await readFile(bootstrapFile, 'utf8'))

    await db.exec(`
      create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (
        version text primary key, statements text[], name text
      );`)
    const done = new Set(
      (
        await db.query<{ version: string }>(
          'select version from supabase_migrations.schema_migrations',
        )
      ).map((row) => row.version),
    )
    const applied: string[] = []
    for (const migration of await listMigrations(dir)) {
      if (done.has(migration.version)) continue
      const sql = await readFile(migration.file, 'utf8')
      await db.exec('begin')
      try {
        await db.exec(sql)
        await db.query(
          'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
          [migration.version, migration.name, [sql]],
        )
        await db.exec('commit')
      } catch (error) {
        await db.exec('rollback')
        throw new Error(`${migration.file}: ${(error as Error).message}`, { cause: error })
      }
      applied.push(migration.version)
    }
    return applied
  } finally {
    await db.query('select pg_advisory_unlock($1)', [migrationLock])
  }
}
