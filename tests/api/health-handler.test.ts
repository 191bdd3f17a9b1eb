import { describe, expect, it } from 'vitest'
import health from '../../functions/health.ts'
import packageJson from '../../package.json' with { type: 'json' }
import { submitThroughSql } from '../support/submission.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()

const get = async () => {
  const response = await health(new Request('http://localhost/api/health'))
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('GET /api/health', () => {
  it('tells anyone the status and the version, never the request count nor the mail backlog', async () => {
    await submitThroughSql(db.sql)
    expect(await get()).toEqual({
      status: 200,
      body: { status: 'ok', version: packageJson.version },
    })
  })

  it('says mail is late when an email has waited 30 minutes', async () => {
    await db.sql.exec(
      `update public.outbox set created_at = now() - interval '45 minutes' where sent_at is null`,
    )
    const { status, body } = await get()
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'degraded', version: packageJson.version })
  })

  it('answers 503 when the store does not answer', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere'
    try {
      expect(await get()).toEqual({
        status: 503,
        body: { status: 'degraded', version: packageJson.version },
      })
    } finally {
      process.env.DATABASE_URL = db.url
    }
  })

  it('refuses POST with 405', async () => {
    const response = await health(new Request('http://localhost/api/health', { method: 'POST' }))
    expect(response.status).toBe(405)
  })
})
