import type pg from 'pg'

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Drops every database whose name starts with `prefix` (the run's template and its clones). */
export async function dropDatabasesStartingWith(admin: pg.Client, prefix: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    'select datname from pg_database where starts_with(datname, $1)',
    [prefix],
  )
  for (const { datname } of rows)
    await admin.query(`drop database if exists "${datname}" with (force)`)
}
