import { describe, expect, it } from 'vitest'
import stats from '../../functions/stats.ts'
import { publicStatisticsSchema } from '../../src/domain/public-statistics.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
const url = 'http://localhost:8888/api/stats'

// Distinctive people: none of these strings may leave the database through /api/stats.
const people = [
  ['Philibertine', 'Zwolinski-Arbogast', 'philibertine.zwolinski@example.org', '0698765432'],
  ['Anatole', 'Quetzalcoatl', 'anatole.quetzal@example.net', '0712345678'],
]

describe('GET /api/stats', () => {
  it('answers the aggregates, with small groups hidden and no personal data', async () => {
    for (const [first, last, email, phone] of people)
      for (let i = 0; i < 3; i++)
        await db.sql.query(
          `select public.submit_consultation(jsonb_build_object('applicant_kind', 'particulier', 'first_name', $1::text,
            'last_name', $2::text, 'email', $3::text, 'phone', $4::text, 'address', '3 allée des Secrets', 'postcode', '69005',
            'commune', 'Lyon', 'works_types', array['toiture'], 'description', 'Réfection de la toiture de Philibertine en tuiles.',
            'project_stage', 'esquisse', 'consent', true), sha256(gen_random_uuid()::text::bytea), 'http://localhost/suivi/#x')`,
          [first, last, email, phone],
        )
    const response = await stats(new Request(url))
    expect(response.status).toBe(200)
    const text = await response.text()
    for (const value of people.flat().concat(['Secrets', 'tuiles']))
      expect(text).not.toContain(value)
    const figures = publicStatisticsSchema.parse(JSON.parse(text))
    expect(figures).toMatchObject({ demo: false, requests: 6, minimumGroupSize: 5 })
    expect(figures.byUdap).toEqual([{ udap: '69', name: 'UDAP du Rhône', requests: 6 }])
    expect(figures.feedbackVotes).toBe(0)
    expect(figures.medianDaysToAnswer).toBeNull()
  })

  it('refuses other methods', async () => {
    const response = await stats(new Request(url, { method: 'POST', body: '{}' }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })

  it('answers 503 when the database cannot be reached', async () => {
    const saved = process.env.DATABASE_URL
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:9/none'
    try {
      expect((await stats(new Request(url))).status).toBe(503)
    } finally {
      process.env.DATABASE_URL = saved
    }
  })
})
