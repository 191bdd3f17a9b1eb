// A UDAP that takes no online request (active = false): refused before anything is stored, with
// its contact details; the form asks GET /api/udap as soon as the commune is chosen.
import { describe, expect, it } from 'vitest'
import submitConsultation from '../../functions/consultations.ts'
import udap from '../../functions/udap.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
const count = async (table: string) =>
  Number((await db.sql.query<{ n: string }>(`select count(*) as n from public.${table}`))[0]?.n)

const marseille = { postcode: '13001', commune: 'Marseille', inseeCode: '13055' }

describe('a UDAP that takes no online request', () => {
  it('refuses the request (400 naming the commune) with the UDAP’s contact, storing and sending nothing', async () => {
    await db.sql.exec(
      `update public.udaps set active = false, email = null, phone = '04 91 00 00 00' where code = '13'`,
    )
    const [requests, mails] = [await count('consultations'), await count('outbox')]
    const response = await submitConsultation(
      new Request('http://localhost:8888/api/consultations', {
        method: 'POST',
        body: JSON.stringify(validConsultation(marseille)),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { field: string; message: string }[] }
    expect(body.errors).toEqual([
      {
        field: 'commune',
        message:
          'Commune : l’UDAP des Bouches-du-Rhône ne reçoit pas encore de demandes de conseil en ligne. Contactez-la directement par téléphone au 04 91 00 00 00.',
      },
    ])
    expect(await count('consultations')).toBe(requests)
    expect(await count('outbox')).toBe(mails)
  })

  it('is said by GET /api/udap, for the form to show as soon as the commune is chosen', async () => {
    const get = (code: string) => udap(new Request(`http://localhost:8888/api/udap?code=${code}`))
    const inactive = await get('13')
    expect(inactive.status).toBe(200)
    expect(await inactive.json()).toMatchObject({ code: '13', active: false, email: null })
    expect(await (await get('69')).json()).toMatchObject({ code: '69', active: true })
    expect((await get('../x')).status).toBe(400)
  })
})
