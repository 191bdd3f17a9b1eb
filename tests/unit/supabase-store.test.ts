import { describe, expect, it } from 'vitest'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import {
  StoreConflict,
  StoreRejection,
  StoreUnavailable,
} from '../../src/server/store/consultation-store.ts'
import { openStore } from '../../src/server/store/open-store.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'

interface Recorded {
  url: string
  method: string
  headers: Headers
  body: unknown
}

/** Stands in for PostgREST at the HTTP boundary: records each request, answers as PostgREST does. */
function postgrest(status: number, body: unknown) {
  const requests: Recorded[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const text = await request.text()
    requests.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    })
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    })
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}

const consultation = (() => {
  const result = validateConsultation(validConsultation())
  if (!result.success) throw new Error('fixture must be valid')
  return result.data
})()

const options = { url: 'https://projet.supabase.co', secretKey: 'sb_secret_test' } as const
const submissionContext = {
  trackingTokenHash: Buffer.alloc(32),
  trackingUrl: 'https://dedale.example/suivi/#t',
  source: 'site',
}

describe('supabase store', () => {
  it('submits through the submit_consultation RPC with the secret key, a snake_case payload and the hash as hex', async () => {
    const server = postgrest(200, { reference: '69-2026-00042', udap_code: '69', created: true })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    const hash = Buffer.alloc(32, 0xab)

    await expect(
      store.submitConsultation(consultation, {
        trackingTokenHash: hash,
        trackingUrl: 'https://dedale.example/suivi/#t',
        source: 'site',
      }),
    ).resolves.toEqual({ reference: '69-2026-00042', udapCode: '69', created: true })

    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('https://projet.supabase.co/rest/v1/rpc/submit_consultation')
    expect(request?.headers.get('apikey')).toBe('sb_secret_test')
    expect(request?.body).toEqual({
      payload: {
        applicant_kind: 'particulier',
        first_name: 'Camille',
        last_name: 'Martin',
        email: 'camille.martin@example.fr',
        phone: '+33472000000',
        address: '12 rue Saint-Jean',
        postcode: '69005',
        commune: 'Lyon',
        insee_code: '69385',
        cadastral_reference: null,
        declared_protection: 'spr',
        works_types: ['menuiseries'],
        description: 'Remplacement des fenêtres en bois de la façade sur rue, à l’identique.',
        project_stage: 'esquisse',
        answer_kind: 'ecrite',
        consent: true,
        source: 'site',
      },
      tracking_token_hash: `\\x${'ab'.repeat(32)}`,
      tracking_url: 'https://dedale.example/suivi/#t',
      idempotency_key: null,
      request_hash: null,
    })
  })

  it('reads the health from the store_health RPC', async () => {
    const server = postgrest(200, {
      consultations: 7,
      pending_emails: 2,
      oldest_pending_email_minutes: 3,
    })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    await expect(store.health()).resolves.toEqual({
      consultations: 7,
      pendingEmails: 2,
      oldestPendingEmailMinutes: 3,
    })
    expect(server.requests[0]?.url).toBe('https://projet.supabase.co/rest/v1/rpc/store_health')
  })

  it('claims the outbox and reads the purge as rows', async () => {
    const outbox = postgrest(200, [
      {
        id: 4,
        kind: 'reponse',
        recipient: 'a@b.fr',
        payload: { reference: '69-2026-00001' },
        attempts: 1,
      },
    ])
    await expect(
      openStore({ kind: 'supabase', ...options }, outbox.fetch).claimOutbox(5),
    ).resolves.toMatchObject([{ id: 4, kind: 'reponse' }])
    expect(outbox.requests[0]?.body).toEqual({ max_rows: 5 })

    const purge = postgrest(200, [{ storage_path: 'a/b.jpg' }])
    await expect(
      openStore({ kind: 'supabase', ...options }, purge.fetch).purgeExpiredPersonalData(),
    ).resolves.toEqual(['a/b.jpg'])
  })

  it('turns a reused idempotency key into a conflict', async () => {
    const server = postgrest(400, {
      code: 'DK409',
      details: null,
      hint: null,
      message: 'cette clé d’idempotence a déjà servi',
    })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    await expect(store.submitConsultation(consultation, submissionContext)).rejects.toBeInstanceOf(
      StoreConflict,
    )
  })

  it('turns a constraint violation into an unavailable store, never a message for the person', async () => {
    const server = postgrest(400, {
      code: '23514',
      details: 'Failing row contains (…).',
      hint: null,
      message:
        'new row for relation "consultations" violates check constraint "consultations_description_check"',
    })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    await expect(store.submitConsultation(consultation, submissionContext)).rejects.toBeInstanceOf(
      StoreUnavailable,
    )
  })

  it('turns a refusal raised by the SQL function into a rejection naming the field', async () => {
    const server = postgrest(400, {
      code: '22023',
      details: null,
      hint: null,
      message: 'file: 10 documents au plus par demande.',
    })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    await expect(store.submitConsultation(consultation, submissionContext)).rejects.toMatchObject({
      constructor: StoreRejection,
      field: 'file',
      userMessage: '10 documents au plus par demande.',
    })
  })

  it('turns a server failure into an unavailable store', async () => {
    const server = postgrest(503, {
      code: 'PGRST000',
      details: null,
      hint: null,
      message: 'Could not connect to the database',
    })
    const store = openStore({ kind: 'supabase', ...options }, server.fetch)
    await expect(store.submitConsultation(consultation, submissionContext)).rejects.toBeInstanceOf(
      StoreUnavailable,
    )
  })
})
