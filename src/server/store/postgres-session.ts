import pg from 'pg'

/** Who a call runs as, the way PostgREST would run it on Supabase. */
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

/**
 * Runs `work` in one transaction as the role (and JWT claims) PostgREST would use: both are
 * transaction-local, so the pooled connection goes back to the pool as it came. Rolls back on
 * error; the client is always released.
 */
export async function inSession<T>(
  pool: pg.Pool,
  session: DatabaseSession,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const claims = session.role === 'service_role' ? { role: 'service_role' } : session.claims
  const client = await pool.connect()
  let broken: unknown
  try {
    // The transaction, the role and the claims in one message; the client queues `work`'s first
    // query right behind it, so the call costs no extra round trip (the embedded database serves
    // one transaction at a time: the shorter, the better).
    const begun = client.query(
      `begin; select set_config('role', ${pg.escapeLiteral(session.role)}, true), ` +
        `set_config('request.jwt.claims', ${pg.escapeLiteral(JSON.stringify(claims))}, true)`,
    )
    const [, result] = await Promise.all([begun, work(client)])
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError
    })
    throw error
  } finally {
    // A connection that could not roll back is dropped rather than reused.
    client.release(broken instanceof Error ? broken : undefined)
  }
}
