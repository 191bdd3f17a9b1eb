import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import { toSubmissionPayload } from '../../src/server/store/consultation-store.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { postcodeCases } from '../support/postcode-cases.ts'
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(() => db?.close())

function payload(overrides: Record<string, unknown> = {}): string {
  const result = validateConsultation(validConsultation())
  if (!result.success) throw new Error('fixture must be valid')
  return JSON.stringify({ ...toSubmissionPayload(result.data), ...overrides })
}

async function submit(overrides: Record<string, unknown> = {}): Promise<string> {
  const [row] = await db.sql.query<{ reference: string }>(
    'select public.submit_consultation($1::jsonb) as reference',
    [payload(overrides)],
  )
  if (!row) throw new Error('no reference')
  return row.reference
}

const year = new Date().toLocaleString('en', { year: 'numeric', timeZone: 'Europe/Paris' })
const count = async () =>
  Number(
    (await db.sql.query<{ n: string }>('select count(*) as n from public.consultations'))[0]?.n,
  )

describe('departement_from_postcode', () => {
  it('agrees with the domain on every case', async () => {
    for (const [postcode, departement] of postcodeCases) {
      const [row] = await db.sql.query<{ d: string | null }>(
        'select public.departement_from_postcode($1) as d',
        [postcode],
      )
      expect({ postcode, departement: row?.d }).toEqual({ postcode, departement })
    }
  })
})

describe('submit_consultation', () => {
  it('numbers requests per département and year, without gaps', async () => {
    expect(await submit({ postcode: '69005' })).toBe(`69-${year}-00001`)
    expect(await submit({ postcode: '69001' })).toBe(`69-${year}-00002`)
    expect(await submit({ postcode: '20090', commune: 'Ajaccio' })).toBe(`2A-${year}-00001`)
    expect(await submit({ postcode: '97200', commune: 'Fort-de-France' })).toBe(`972-${year}-00001`)
  })

  it('stores the request as sent, with the consent date', async () => {
    const reference = await submit({ postcode: '13001', commune: 'Marseille' })
    const [row] = await db.sql.query<Record<string, unknown>>(
      `select departement, applicant_kind::text, first_name, email, commune, consented_at is not null as consented
         from public.consultations where reference = $1`,
      [reference],
    )
    expect(row).toEqual({
      departement: '13',
      applicant_kind: 'particulier',
      first_name: 'Camille',
      email: 'camille.martin@example.fr',
      commune: 'Marseille',
      consented: true,
    })
  })

  it.each([
    [{ postcode: '98000' }, 'code postal invalide'],
    [{ consent: false }, 'consentement manquant'],
    [{ description: 'trop court' }, 'consultations_description_check'],
    [{ email: 'pas-une-adresse' }, 'consultations_email_check'],
    [{ applicant_kind: 'entreprise' }, 'applicant_kind'],
    [{ last_name: null }, 'last_name'],
  ])('refuses %j and keeps neither the row nor the number', async (overrides, message) => {
    const before = await count()
    await expect(submit({ postcode: '33000', ...overrides })).rejects.toThrow(message)
    expect(await count()).toBe(before)
    // The failed call's number was rolled back: the next request takes it.
    const [counter] = await db.sql.query<{ last_value: number }>(
      `select last_value from public.reference_counters where departement = '33'`,
    )
    expect(counter).toBeUndefined()
  })
})

describe('access from the public API', () => {
  it.each(['anon', 'authenticated'])(
    '%s can neither read requests nor submit directly',
    async (role) => {
      await db.sql.exec('begin')
      try {
        await db.sql.exec(`set local role ${role}`)
        await expect(db.sql.query('select * from public.consultations')).rejects.toThrow(
          /permission denied/,
        )
      } finally {
        await db.sql.exec('rollback')
      }
      await db.sql.exec('begin')
      try {
        await db.sql.exec(`set local role ${role}`)
        await expect(
          db.sql.query('select public.submit_consultation($1::jsonb)', [payload()]),
        ).rejects.toThrow(/permission denied/)
      } finally {
        await db.sql.exec('rollback')
      }
    },
  )

  it('service_role submits through the function', async () => {
    await db.sql.exec('begin')
    try {
      await db.sql.exec('set local role service_role')
      const [row] = await db.sql.query<{ reference: string }>(
        'select public.submit_consultation($1::jsonb) as reference',
        [payload({ postcode: '29200', commune: 'Brest' })],
      )
      expect(row?.reference).toBe(`29-${year}-00001`)
    } finally {
      await db.sql.exec('rollback')
    }
  })
})
