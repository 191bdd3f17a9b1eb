// A project created before Supabase's 2026 change granted every new `public` object to the API
// roles by default. The migrations must leave such a database with the same privileges as a new
// one: nothing for anon but the public figures, no sequence, read-only views.
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, inject, it } from 'vitest'
import { migrate } from '../../scripts/database/migrate.ts'
import { pgliteRunner } from '../../scripts/database/sql-runner.ts'

const roles = ['anon', 'authenticated', 'service_role']

describe.skipIf(inject('databaseTarget') === 'postgres')(
  'an older project’s default grants',
  () => {
    it('are all taken back by the migrations', async () => {
      const db = await PGlite.create()
      try {
        await db.exec(`
        create role anon nologin noinherit;
        create role authenticated nologin noinherit;
        create role service_role nologin noinherit bypassrls;
        alter default privileges in schema public grant all on tables to ${roles};
        alter default privileges in schema public grant all on sequences to ${roles};
        alter default privileges in schema public grant execute on functions to ${roles};`)
        await migrate(pgliteRunner(db))
        const { rows } = await db.query<{ privilege: string }>(
          `
        select format('%s %s on %s', r.role, p.privilege, c.oid::regclass) as privilege
        from pg_class c cross join unnest($1::text[]) r(role)
        cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p(privilege)
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v')
          and has_table_privilege(r.role, c.oid, p.privilege)
          and (r.role = 'anon' or (c.relkind = 'v' and p.privilege <> 'SELECT') or p.privilege in ('TRUNCATE', 'REFERENCES', 'TRIGGER'))
        union all
        select format('%s %s on %s', r.role, p.privilege, c.oid::regclass)
        from pg_class c cross join unnest($1::text[]) r(role) cross join unnest(array['SELECT', 'UPDATE', 'USAGE']) p(privilege)
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'S' and has_sequence_privilege(r.role, c.oid, p.privilege)
        union all
        select format('anon EXECUTE on %s', f.oid::regprocedure)
        from pg_proc f where f.pronamespace = 'public'::regnamespace and f.proname <> 'public_statistics'
          and has_function_privilege('anon', f.oid, 'EXECUTE')`,
          [roles],
        )
        expect(rows.map((row) => row.privilege)).toEqual([])
      } finally {
        await db.close()
      }
      // A second PGlite migrated from scratch: slow on a busy machine.
    }, 180_000)
  },
)
