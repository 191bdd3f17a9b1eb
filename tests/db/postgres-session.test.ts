import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inSession } from '../../src/server/store/postgres-session.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
let pool: pg.Pool

beforeAll(() => {
  pool = new pg.Pool({ connectionString: db.url, max: 1 })
})
afterAll(() => pool.end())

const agent = {
  role: 'authenticated',
  claims: { sub: '6c0e5a54-1b55-4a8e-9b1e-2f7c1a9b8d10', role: 'authenticated' },
} as const

describe('inSession', () => {
  it('runs as service_role with its claims, as PostgREST does', async () => {
    const row = await inSession(pool, { role: 'service_role' }, async (client) => {
      const { rows } = await client.query(`select current_user, auth.jwt() ->> 'role' as claim`)
      return rows[0]
    })
    expect(row).toEqual({ current_user: 'service_role', claim: 'service_role' })
  })

  it('runs as authenticated with the agent’s claims', async () => {
    const row = await inSession(pool, agent, async (client) => {
      const { rows } = await client.query('select current_user, auth.uid()::text as uid')
      return rows[0]
    })
    expect(row).toEqual({ current_user: 'authenticated', uid: agent.claims.sub })
  })

  it('is refused what the role is not granted', async () => {
    await expect(
      inSession(pool, { role: 'service_role' }, (client) =>
        client.query('select count(*) from public.demo_data'),
      ),
    ).rejects.toMatchObject({ code: '42501' })
  })

  it('rolls back on error and gives the connection back as it came', async () => {
    await expect(
      inSession(pool, { role: 'service_role' }, async (client) => {
        await client.query(
          `select public.hit_rate_limit('session_test', sha256('k'::bytea), 60, 5)`,
        )
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    const [counted] = await db.sql.query<{ n: number }>(
      `select count(*)::int as n from public.rate_limits where bucket = 'session_test'`,
    )
    expect(counted?.n).toBe(0)
    const { rows } = await pool.query(
      `select current_user, coalesce(current_setting('request.jwt.claims', true), '') as claims`,
    )
    expect(rows[0]).toEqual({ current_user: 'postgres', claims: '' })
  })
})
