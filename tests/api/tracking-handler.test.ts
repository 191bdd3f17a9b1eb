import { describe, expect, it } from 'vitest'
import tracking from '../../functions/consultation-tracking.ts'
import submitConsultation from '../../functions/consultations.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'

useTestDatabase()

const get = (token: string, method = 'GET') =>
  tracking(
    new Request('http://localhost/api/tracking', {
      method,
      headers: { Authorization: `Bearer ${token}` },
    }),
  )

async function submit(): Promise<{ reference: string; token: string }> {
  const response = await submitConsultation(
    new Request('http://localhost/api/consultations', {
      method: 'POST',
      body: JSON.stringify(validConsultation()),
      headers: { 'Content-Type': 'application/json' },
    }),
  )
  const body = (await response.json()) as { reference: string; trackingUrl: string }
  return { reference: body.reference, token: body.trackingUrl.split('#')[1] ?? '' }
}

describe('GET /api/tracking (Authorization: Bearer <token>)', () => {
  it('shows the applicant their request: reference, status, UDAP, timeline — nothing personal', async () => {
    const { reference, token } = await submit()
    const response = await get(token)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const view = (await response.json()) as Record<string, unknown>
    expect(view).toMatchObject({
      reference,
      status: 'nouvelle',
      answer: null,
      udap: { name: 'UDAP du Rhône' },
      attachments: 0,
      timeline: [{ kind: 'creation', status: 'nouvelle', motivation: null }],
    })
    expect(JSON.stringify(view)).not.toMatch(/Camille|Martin|camille\.martin|Saint-Jean/)
  })

  it.each([
    ['an unknown token', 'A'.repeat(43)],
    ['a malformed token', 'pas-un-jeton'],
    ['an empty token', ''],
    ['a token with a space', 'A B'],
  ])('answers %s with the same 404', async (_case, token) => {
    const response = await get(token)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: 'Aucune demande ne correspond à ce lien de suivi. Vérifiez qu’il est complet.',
    })
  })

  it('never reads the token from the URL, which logs keep', async () => {
    const { token } = await submit()
    const response = await tracking(new Request(`http://localhost/api/tracking?token=${token}`))
    expect(response.status).toBe(404)
  })

  it('refuses DELETE with 405', async () => {
    expect((await get('x', 'DELETE')).status).toBe(405)
  })
})
