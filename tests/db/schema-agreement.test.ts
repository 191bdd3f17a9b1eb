// The TypeScript side and the database must agree: lists, UDAPs, routing and field rules.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import {
  answerKinds,
  applicantKinds,
  consultationStatuses,
  projectStages,
  protectionKinds,
  worksTypes,
} from '../../src/domain/taxonomy.ts'
import { toSubmissionArguments } from '../../src/server/store/consultation-store.ts'
import { caseOverrides, consultationCases } from '../support/consultation-cases.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { inseeCases, postcodeCases, routingCases } from '../support/postcode-cases.ts'
import { context, submitRaw } from '../support/submission.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase({ asMigrated: true })

describe('closed lists', () => {
  it.each([
    ['applicant_kind', applicantKinds],
    ['protection_kind', protectionKinds],
    ['works_type', worksTypes],
    ['project_stage', projectStages],
    ['answer_kind', answerKinds],
    ['consultation_status', consultationStatuses],
  ])('the %s enum has the taxonomy’s values, in order', async (type, list) => {
    const rows = await db.sql.query<{ label: string }>(
      'select enumlabel as label from pg_enum where enumtypid = $1::regtype order by enumsortorder',
      [`public.${type}`],
    )
    expect(rows.map((row) => row.label)).toEqual(Object.keys(list))
  })
})

describe('UDAPs', () => {
  it('are the ones of content/data/udaps.json', async () => {
    const content = JSON.parse(
      await readFile(
        join(import.meta.dirname, '..', '..', 'content', 'data', 'udaps.json'),
        'utf8',
      ),
    )
    const rows = await db.sql.query(
      'select code, departement, name, email, phone, address, opening, active from public.udaps order by code',
    )
    const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1)
    expect(rows).toEqual([...content].sort(byCode))
  })
})

describe('routing', () => {
  it('agrees with the domain on postcodes, INSEE codes and both', async () => {
    for (const [postcode, departement] of postcodeCases) {
      const [row] = await db.sql.query<{ d: string | null }>(
        'select public.departement_from_postcode($1) as d',
        [postcode],
      )
      expect({ postcode, departement: row?.d }).toEqual({ postcode, departement })
    }
    for (const [insee, departement] of inseeCases) {
      const [row] = await db.sql.query<{ d: string | null }>(
        'select public.departement_from_insee($1) as d',
        [insee],
      )
      expect({ insee, departement: row?.d }).toEqual({ insee, departement })
    }
    for (const [insee, postcode, udap] of routingCases) {
      const [row] = await db.sql.query<{ d: string | null }>(
        'select public.route_to_udap($1, $2) as d',
        [insee, postcode],
      )
      expect({ insee, postcode, udap: row?.d }).toEqual({ insee, postcode, udap })
    }
  })
})

describe('field rules', () => {
  // The valid fixture, then the case's value written over it, past the TypeScript validation.
  const basePayload = () => {
    const result = validateConsultation(validConsultation())
    if (!result.success) throw new Error('fixture must be valid')
    return toSubmissionArguments(result.data, context()).payload
  }
  const columnOf: Record<string, string> = {
    applicantKind: 'applicant_kind',
    firstName: 'first_name',
    lastName: 'last_name',
    inseeCode: 'insee_code',
    cadastralReference: 'cadastral_reference',
    protection: 'declared_protection',
    worksTypes: 'works_types',
    projectStage: 'project_stage',
    answerKind: 'answer_kind',
  }

  it.each(consultationCases)(
    'the database agrees with zod: $field = $value → valid: $valid',
    async ({ field, value, valid }) => {
      const overrides = Object.fromEntries(
        Object.entries(caseOverrides(field, value)).map(([key, v]) => [
          columnOf[key] ?? key,
          v ?? null,
        ]),
      )
      const zodAccepts = validateConsultation(
        validConsultation(caseOverrides(field, value)),
      ).success
      const databaseAccepts = await submitRaw(db.sql, { ...basePayload(), ...overrides }).then(
        () => true,
        () => false,
      )
      expect({ zod: zodAccepts, database: databaseAccepts }).toEqual({
        zod: valid,
        database: valid,
      })
    },
  )
})
