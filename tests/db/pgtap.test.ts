// Runs the pgTAP suites of supabase/tests on the test database (PGlite, or PostgreSQL when
// DATABASE_URL is set); CI also runs them with pg_prove.
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/test-database.ts'

const suitesDir = join(import.meta.dirname, '..', '..', 'supabase', 'tests')
const suites = (await readdir(suitesDir)).filter((file) => file.endsWith('.test.sql')).sort()

const db = useTestDatabase()

/** Inlines psql's `\ir file` includes, the only meta-command the suites use. */
async function expandIncludes(file: string): Promise<string> {
  const sql = await readFile(file, 'utf8')
  const parts = await Promise.all(
    sql.split('\n').map((line) => {
      const include = /^\\ir\s+(\S+)\s*$/.exec(line)?.[1]
      return include ? expandIncludes(join(dirname(file), include)) : line
    }),
  )
  return parts.join('\n')
}

describe.each(suites)('pgTAP %s', (suite) => {
  it('passes every assertion', async () => {
    const rows = await db.sql.script(await expandIncludes(join(suitesDir, suite)))
    const tap = rows
      .flatMap((row) => Object.values(row))
      .filter((value): value is string => typeof value === 'string')
    const assertions = tap.filter((line) => /^(not )?ok \d+/.test(line))
    const failures = tap.filter((line) => line.startsWith('not ok') || line.startsWith('#'))
    expect(assertions.length).toBeGreaterThan(0)
    expect(failures).toEqual([])
  })
})
