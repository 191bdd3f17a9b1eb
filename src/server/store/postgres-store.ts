import pg from 'pg'
import {
  type ConsultationStore,
  fromSubmissionRow,
  isDataError,
  StoreRejection,
  StoreUnavailable,
  type SubmissionRow,
  type TrackingView,
  toSubmissionArguments,
} from './consultation-store.ts'

/**
 * The postgres adapter: one connection, opened on first use and closed by `close()`, because
 * Netlify's emulator evaluates a function afresh for every call — a module-level pool would
 * leak one connection per request.
 */
export function createPostgresStore(databaseUrl: string): ConsultationStore {
  let client: Promise<pg.Client> | undefined

  async function connect(): Promise<pg.Client> {
    const created = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
    created.on('error', () => {}) // a dropped connection surfaces on the next query
    await created.connect()
    return created
  }

  async function query<Row extends pg.QueryResultRow>(
    sql: string,
    params: unknown[],
  ): Promise<Row[]> {
    try {
      client ??= connect()
      return (await (await client).query<Row>(sql, params)).rows
    } catch (error) {
      const code = (error as { code?: string }).code
      if (isDataError(code)) throw new StoreRejection((error as Error).message, { cause: error })
      throw new StoreUnavailable(`postgres store: ${(error as Error).message}`, { cause: error })
    }
  }

  return {
    kind: 'postgres',
    async submitConsultation(consultation, context) {
      const { payload, trackingTokenHash, trackingUrl } = toSubmissionArguments(
        consultation,
        context,
      )
      const [row] = await query<{ result: SubmissionRow }>(
        'select public.submit_consultation($1::jsonb, $2, $3) as result',
        [JSON.stringify(payload), trackingTokenHash, trackingUrl],
      )
      if (!row) throw new StoreUnavailable('postgres store: submit_consultation returned no row')
      return fromSubmissionRow(row.result)
    },
    async tracking(trackingTokenHash) {
      const [row] = await query<{ view: TrackingView | null }>(
        'select public.consultation_tracking($1) as view',
        [trackingTokenHash],
      )
      return row?.view ?? undefined
    },
    async health() {
      const [row] = await query<{ health: { consultations: number } }>(
        'select public.store_health() as health',
        [],
      )
      return { consultations: Number(row?.health.consultations ?? 0) }
    },
    async close() {
      const opened = client
      client = undefined
      if (opened) await (await opened.catch(() => undefined))?.end()
    },
  }
}
