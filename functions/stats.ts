import type { Config } from '@netlify/functions'
import { statsAnswer } from '../src/domain/api/stats.ts'
import { publicStatisticsSchema } from '../src/domain/public-statistics.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { answer, methodNotAllowed, serviceUnavailable } from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

/** GET /api/stats — the public figures of /stats/, fresher than the page's build-time snapshot. */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(['GET'])
  const config = loadConfig()
  if (config instanceof Response) return config
  try {
    const figures = publicStatisticsSchema.parse(
      await withStore(config.store, (store) => store.publicStatistics()),
    )
    // Aggregates only, the same for everyone: a few minutes of caching spares the database.
    return answer(statsAnswer, 200, figures, { 'Cache-Control': 'public, max-age=300' })
  } catch (error) {
    console.error('stats: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/stats' }
