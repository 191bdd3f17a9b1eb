import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import health from '../../functions/health.ts'
import { submitThroughSql } from '../support/submission.ts'
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  process.env.DATABASE_URL = db.url
})
afterAll(() => db?.close())

const get = () => health(new Request('http://localhost/api/health'))

describe('GET /api/health', () => {
  it('reports the postgres store and how many requests it holds', async () => {
    await submitThroughSql(db.sql)
    const response = await get()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ok',
      store: { kind: 'postgres', ok: true, consultations: 1 },
    })
  })

  it('answers 503 when the store does not answer', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere'
    try {
      const response = await get()
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({
        status: 'degraded',
        store: { kind: 'postgres', ok: false },
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
