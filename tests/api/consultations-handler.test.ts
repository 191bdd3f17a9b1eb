import { describe, expect, it } from 'vitest'
import submitConsultation from '../../functions/consultations.ts'
import { hashTrackingToken } from '../../src/server/tracking-token.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()

const url = 'http://localhost:8888/api/consultations'
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
  it('stores a valid request and answers 201 with its reference and tracking link', async () => {
    const response = await postJson(JSON.stringify(validConsultation({ lastName: 'Fixture-201' })))
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { reference: string; trackingUrl: string }
    expect(body.reference).toMatch(new RegExp(`^69-${year}-\\d{5}$`))
    expect(body.trackingUrl).toMatch(/^http:\/\/localhost:8888\/suivi\/#[\w-]{43}$/)
    expect(response.headers.get('location')).toBe(body.trackingUrl)

    const token = body.trackingUrl.split('#')[1] ?? ''
    const [row] = await db.sql.query<{ last_name: string; works_types: string; source: string }>(
      'select last_name, works_types::text, source from public.consultations where tracking_token_hash = $1',
      [hashTrackingToken(token)],
    )
    expect(row).toEqual({ last_name: 'Fixture-201', works_types: '{menuiseries}', source: 'site' })
  })

  it('answers a resent request (same Idempotency-Key, same body) with the first answer, stored once', async () => {
    const body = JSON.stringify(validConsultation({ lastName: 'Idempotent' }))
    const headers = { 'Idempotency-Key': 'b8e3c1d2-0f4a-4e55-9c1b-2a7d6e5f4c3b' }
    const first = await postJson(body, headers)
    const again = await postJson(body, headers)
    expect([first.status, again.status]).toEqual([201, 201])
    expect(await again.json()).toEqual(await first.json())
    const [row] = await db.sql.query<{ n: string }>(
      `select count(*) as n from public.consultations where last_name = 'Idempotent'`,
    )
    expect(Number(row?.n)).toBe(1)
  })

  it('refuses the same Idempotency-Key with another body with 409', async () => {
    const headers = { 'Idempotency-Key': 'cle-reutilisee' }
    expect((await postJson(JSON.stringify(validConsultation()), headers)).status).toBe(201)
    const before = await stored()
    const other = await postJson(JSON.stringify(validConsultation({ firstName: 'Autre' })), headers)
    expect(other.status).toBe(409)
    expect(await stored()).toBe(before)
  })

  it('stores one request when ten identical ones arrive at once (a double click, retries)', async () => {
    const body = JSON.stringify(validConsultation({ lastName: 'Rafale' }))
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postJson(body, { 'Idempotency-Key': 'rafale-1' })),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201))
    const references = new Set(
      await Promise.all(
        responses.map(async (r) => ((await r.json()) as { reference: string }).reference),
      ),
    )
    expect(references.size).toBe(1)
    const [row] = await db.sql.query<{ n: string }>(
      `select count(*) as n from public.consultations where last_name = 'Rafale'`,
    )
    expect(Number(row?.n)).toBe(1)
  })

  it.each([
    ['invalid JSON', '{"firstName": "Camille",', ''],
    ['a missing field', JSON.stringify({ ...validConsultation(), email: undefined }), 'email'],
    ['a wrong type', JSON.stringify(validConsultation({ consent: 'oui' })), 'consent'],
    [
      'an unknown type of works',
      JSON.stringify(validConsultation({ worksTypes: ['veranda'] })),
      'worksTypes',
    ],
    [
      'a place without UDAP',
      JSON.stringify(validConsultation({ postcode: '98000', inseeCode: undefined })),
      'postcode',
    ],
    ['an unknown field', JSON.stringify(validConsultation({ statut: 'repondue' })), ''],
    ['an array', '[]', ''],
  ])('refuses %s with 400, a French message, and stores nothing', async (_case, body, field) => {
    const before = await stored()
    const response = await postJson(body)
    expect(response.status).toBe(400)
    const answer = (await response.json()) as {
      error: string
      errors?: { field: string; message: string }[]
    }
    expect(answer.error).toMatch(/^(Votre demande|Le contenu)/)
    if (field) expect(answer.errors?.map((error) => error.field)).toContain(field)
    expect(await stored()).toBe(before)
  })

  it('refuses a 2 MB body with 413 and stores nothing', async () => {
    const before = await stored()
    const response = await postJson(
      JSON.stringify(validConsultation({ description: 'x'.repeat(2 * 1024 * 1024) })),
    )
    expect(response.status).toBe(413)
    expect(await stored()).toBe(before)
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
    const brest = { postcode: '29200', inseeCode: '29019', commune: 'Brest' }
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postJson(JSON.stringify(validConsultation({ ...brest, firstName: `Personne ${i}` }))),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201))
    const references = await Promise.all(
      responses.map(
        async (response) => ((await response.json()) as { reference: string }).reference,
      ),
    )
    const numbers = references
      .map((reference) => Number(reference.split('-')[2]))
      .sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  })

  it('queues the acknowledgement with the tracking link and a copy of the answers', async () => {
    const response = await postJson(JSON.stringify(validConsultation({ lastName: 'Accuse' })))
    const { reference, trackingUrl } = (await response.json()) as {
      reference: string
      trackingUrl: string
    }
    const [row] = await db.sql.query<{
      recipient: string
      payload: { tracking_url: string; answers: { last_name: string } }
    }>(
      `select o.recipient, o.payload from public.outbox o join public.consultations c on c.id = o.consultation_id
       where c.reference = $1 and o.kind = 'accuse_reception'`,
      [reference],
    )
    expect(row?.recipient).toBe('camille.martin@example.fr')
    expect(row?.payload.tracking_url).toBe(trackingUrl)
    expect(row?.payload.answers.last_name).toBe('Accuse')
  })

  it('answers 503 with Retry-After, not 500, when the database cannot be reached', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere'
    try {
      const response = await postJson(JSON.stringify(validConsultation()))
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('60')
      expect(((await response.json()) as { error: string }).error).toContain(
        'momentanément indisponible',
      )
    } finally {
      process.env.DATABASE_URL = db.url
    }
  })
})
