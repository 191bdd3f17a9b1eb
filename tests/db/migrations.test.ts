import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { listMigrations, migrate, seedFile } from '../../scripts/database/migrate.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()

describe('migrations', () => {
  it('records every migration where the Supabase CLI looks for them', async () => {
    const rows = await db.sql.query<{ version: string; name: string }>(
      'select version, name from supabase_migrations.schema_migrations order by version',
    )
    const files = await listMigrations()
    expect(rows).toEqual(files.map(({ version, name }) => ({ version, name })))
  })

  it('applies nothing the second time', async () => {
    await expect(migrate(db.sql)).resolves.toEqual([])
  })

  it('creates the Supabase API roles, service_role bypassing RLS', async () => {
    const roles = await db.sql.query<{ rolname: string; rolbypassrls: boolean }>(
      `select rolname, rolbypassrls from pg_roles where rolname in ('anon', 'authenticated', 'service_role') order by rolname`,
    )
    expect(roles).toEqual([
      { rolname: 'anon', rolbypassrls: false },
      { rolname: 'authenticated', rolbypassrls: false },
      { rolname: 'service_role', rolbypassrls: true },
    ])
  })

  it('reads auth.uid() and auth.jwt() from the request claims, as Supabase does', async () => {
    const [row] = await db.sql.query<{ uid: string; role: string }>(
      `select set_config('request.jwt.claims', '{"sub":"6c0e5a54-1b55-4a8e-9b1e-2f7c1a9b8d10","role":"authenticated"}', false),
              auth.uid()::text as uid, auth.jwt() ->> 'role' as role`,
    )
    expect(row).toMatchObject({
      uid: '6c0e5a54-1b55-4a8e-9b1e-2f7c1a9b8d10',
      role: 'authenticated',
    })
    await db.sql.exec(`reset request.jwt.claims`)
  })

  it('takes the demo seed: a request at each stage, all in the Rhône', async () => {
    await db.sql.exec(await readFile(seedFile, 'utf8'))
    const rows = await db.sql.query<{ status: string; udap_code: string }>(
      // The requests at every stage; the others are the figures of /stats/ (reference …-9xxxx).
      `select status::text, udap_code from public.consultations where reference !~ '-9\\d{4}$' order by created_at, reference`,
    )
    expect(rows.map((row) => row.status).sort()).toEqual([
      'classee_sans_suite',
      'complement_demande',
      'en_cours',
      'nouvelle',
      'repondue',
    ])
    expect(new Set(rows.map((row) => row.udap_code))).toEqual(new Set(['69']))
  })
})
