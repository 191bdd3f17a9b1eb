// Properties of POST /api/consultations over random bodies: never a 500, and a row is stored
// exactly when the answer is a 2xx.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import submitConsultation from '../../functions/consultations.ts'
import {
  answerKinds,
  applicantKinds,
  keysOf,
  projectStages,
  protectionKinds,
  worksTypes,
} from '../../src/domain/taxonomy.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()

const stored = async () =>
  Number(
    (await db.sql.query<{ n: string }>('select count(*) as n from public.consultations'))[0]?.n,
  )

async function post(body: string, type = 'application/json') {
  return submitConsultation(
    new Request('http://localhost/api/consultations', {
      method: 'POST',
      body,
      headers: { 'Content-Type': type },
    }),
  )
}

/** Requests that look like the real thing, with any field possibly broken, missing or odd. */
const fields = {
  applicantKind: fc.oneof(fc.constantFrom(...keysOf(applicantKinds)), fc.string()),
  firstName: fc.oneof(fc.string({ maxLength: 120 }), fc.constant('Camille')),
  lastName: fc.oneof(fc.string({ maxLength: 120 }), fc.constant('Martin')),
  email: fc.oneof(fc.emailAddress(), fc.string()),
  phone: fc.oneof(fc.constant('04 72 00 00 00'), fc.string({ maxLength: 25 })),
  address: fc.string({ maxLength: 320 }),
  postcode: fc.oneof(fc.stringMatching(/^[0-9]{5}$/), fc.string({ maxLength: 6 })),
  commune: fc.string({ maxLength: 160 }),
  inseeCode: fc.oneof(fc.stringMatching(/^(69|2A|97)[0-9]{3}$/), fc.string({ maxLength: 6 })),
  protection: fc.oneof(fc.constantFrom(...keysOf(protectionKinds)), fc.string()),
  worksTypes: fc.array(fc.oneof(fc.constantFrom(...keysOf(worksTypes)), fc.string()), {
    maxLength: 4,
  }),
  description: fc.string({ minLength: 0, maxLength: 200, unit: 'grapheme' }),
  projectStage: fc.oneof(fc.constantFrom(...keysOf(projectStages)), fc.string()),
  answerKind: fc.oneof(fc.constantFrom(...keysOf(answerKinds)), fc.string()),
  consent: fc.oneof(fc.constant(true), fc.anything()),
}
const plausible = fc.record(fields, { requiredKeys: [] })
/** The valid request with one field replaced: half of these are still valid, half not. */
const oneFieldChanged = fc
  .constantFrom(...(Object.keys(fields) as (keyof typeof fields)[]))
  .chain((field) =>
    (fields[field] as fc.Arbitrary<unknown>).map((value) => ({
      ...validConsultation(),
      [field]: value,
    })),
  )

describe('POST /api/consultations with random bodies', () => {
  it('never answers 500, and stores a row exactly when it answers 2xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(plausible, oneFieldChanged, oneFieldChanged), async (body) => {
        const before = await stored()
        const response = await post(JSON.stringify(body))
        const after = await stored()
        expect(response.status).toBeLessThan(500)
        expect(after - before).toBe(response.status >= 200 && response.status < 300 ? 1 : 0)
      }),
      { numRuns: 150 },
    )
    // The runs reached both branches: some requests were stored.
    expect(await stored()).toBeGreaterThan(0)
  })

  it('never answers 500 to arbitrary bytes, JSON or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        async (body) => {
          const before = await stored()
          const response = await post(body)
          expect(response.status).toBeLessThan(500)
          expect(await stored()).toBe(before)
        },
      ),
      { numRuns: 150 },
    )
  })
})
