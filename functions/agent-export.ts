import type { Config } from '@netlify/functions'
import { z } from 'zod'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { exportColumns, toCsv } from '../src/server/agent/csv-export.ts'
import { methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

const periodSchema = z.object({
  from: z.iso.date('Du : indiquez une date au format AAAA-MM-JJ.'),
  to: z.iso.date('Au : indiquez une date au format AAAA-MM-JJ.'),
})

/** GET /api/agent/export?from=…&to=… — the UDAP's requests of a period, as CSV (responsable only). */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  const period = periodSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!period.success)
    return problem(400, 'La période n’est pas valide.', fieldErrors(period.error))
  try {
    const rows = await context.store.exportRows(period.data.from, period.data.to)
    return new Response(toCsv(exportColumns, rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="demandes-${period.data.from}-${period.data.to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    return agentFailure(error, 'from')
  }
}

export const config: Config = { path: '/api/agent/export' }
