import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import submitConsultation from '../../functions/consultations.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  process.env.DATABASE_URL = db.url
})
afterAll(() => db?.close())
beforeEach(() => db.sql.exec('truncate public.consultations, public.reference_counters'))

const url = 'http://localhost/api/consultations'
const postJson = (body: string, headers: Record<string, string> = {}) =>
  submitConsultation(
    new Request(url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  )
const stored = async () =>
  Number(
    (await db.sql.query<{ n: string }>('select count(*) as n from public.consultations'))[0]?.n,
  )
const year = new Date().toLocaleString('en', { year: 'numeric', timeZone: 'Europe/Paris' })

describe('POST /api/consultations', () => {
  it('stores a valid request and answers 201 with its reference', async () => {
    const response = await postJson(JSON.stringify(validConsultation()))
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ reference: `69-${year}-00001` })
    const [row] = await db.sql.query<{ last_name: string; description: string }>(
      'select last_name, description from public.consultations',
    )
    expect(row).toEqual({ last_name: 'Martin', description: validConsultation().description })
  })

  it.each([
    ['invalid JSON', '{"firstName": "Camille",', 400, ''],
    ['a missing field', JSON.stringify({ ...validConsultation(), email: undefined }), 400, 'email'],
    ['a wrong type', JSON.stringify(validConsultation({ consent: 'oui' })), 400, 'consent'],
    [
      'an unknown département',
      JSON.stringify(validConsultation({ postcode: '98000' })),
      400,
      'postcode',
    ],
    ['an array', '[]', 400, ''],
  ])('refuses %s with a French message and stores nothing', async (_case, body, status, field) => {
    const response = await postJson(body)
    expect(response.status).toBe(status)
    const answer = (await response.json()) as {
      error: string
      errors?: { field: string; message: string }[]
    }
    expect(answer.error).toMatch(/[éèàù’]|JSON/)
    if (field) expect(answer.errors?.map((error) => error.field)).toContain(field)
    expect(await stored()).toBe(0)
  })

  it('refuses a 2 MB body with 413 and stores nothing', async () => {
    const big = JSON.stringify(validConsultation({ description: 'x'.repeat(2 * 1024 * 1024) }))
    const response = await postJson(big)
    expect(response.status).toBe(413)
    expect(await stored()).toBe(0)
  })

  it('refuses another content type with 415', async () => {
    const response = await submitConsultation(
      new Request(url, {
        method: 'POST',
        body: JSON.stringify(validConsultation()),
        headers: { 'Content-Type': 'text/plain' },
      }),
    )
    expect(response.status).toBe(415)
    expect(await stored()).toBe(0)
  })

  it.each(['GET', 'PUT', 'DELETE'])(
    'answers %s with 405 and the allowed method',
    async (method) => {
      const response = await submitConsultation(new Request(url, { method }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
    },
  )

  it('gives 30 concurrent requests 30 distinct references without gaps', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postJson(JSON.stringify(validConsultation({ firstName: `Personne ${i}` }))),
      ),
    )
    const references = await Promise.all(
      responses.map(
        async (response) => ((await response.json()) as { reference: string }).reference,
      ),
    )
    expect(responses.every((response) => response.status === 201)).toBe(true)
    const numbers = references
      .map((reference) => Number(reference.split('-')[2]))
      .sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(await stored()).toBe(30)
  })

  it('answers 503, not 500, when the database cannot be reached', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere'
    try {
      const response = await postJson(JSON.stringify(validConsultation()))
      expect(response.status).toBe(503)
      expect(((await response.json()) as { error: string }).error).toContain(
        'momentanément indisponible',
      )
    } finally {
      process.env.DATABASE_URL = db.url
    }
  })
})
