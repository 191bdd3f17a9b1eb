import type pg from 'pg'

export type DatabaseSession =
  | { role: 'service_role' }
  | {
      role: 'authenticated'
      claims: {
        sub: string
        role: 'authenticated'
        email?: string
        aud?: string
        exp?: number
        [claim: string]: unknown
      }
    }

/** Runs `work` in one transaction as the role (and JWT claims) PostgREST would use. */
export async function inSession<T>(
  pool: pg.Pool,
  session: DatabaseSession,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    const claims = session.role === 'authenticated' ? session.claims : { role: session.role }
    await client.query(
      "select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)",
      [session.role, JSON.stringify(claims)],
    )
    const result = await work(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
