import type { SqlRunner } from '../../scripts/database/sql-runner.ts'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import {
  type SubmissionContext,
  toSubmissionArguments,
} from '../../src/server/store/consultation-store.ts'
import { createTrackingToken } from '../../src/server/tracking-token.ts'
import { validConsultation } from './consultation-fixtures.ts'
import { testSecret } from './test-environment.ts'

/** Submits a request straight through `public.submit_consultation`, as the adapters do. */
export async function submitThroughSql(
  sql: SqlRunner,
  input: Record<string, unknown> = validConsultation(),
) {
  const result = validateConsultation(input)
  if (!result.success) throw new Error(`invalid fixture: ${JSON.stringify(result.errors)}`)
  return submitRaw(sql, toSubmissionArguments(result.data, context()).payload)
}

/** Submits a payload as is (snake_case), bypassing the TypeScript validation. */
export async function submitRaw(sql: SqlRunner, payload: Record<string, unknown>) {
  const [row] = await sql.query<{
    result: { reference: string; udap_code: string; created: boolean }
  }>('select public.submit_consultation($1::jsonb, $2, $3) as result', [
    JSON.stringify(payload),
    createTrackingToken(testSecret).hash,
    'http://localhost/suivi/#jeton',
  ])
  if (!row) throw new Error('submit_consultation returned no row')
  return row.result
}

export function context(): SubmissionContext {
  const { hash } = createTrackingToken(testSecret)
  return { trackingTokenHash: hash, trackingUrl: 'http://localhost/suivi/#jeton', source: 'site' }
}
