import type { Config } from '@netlify/functions'
import { readStoreConfig } from '../src/server/config.ts'
import { json, methodNotAllowed } from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

/** GET /api/health — which store is in use and whether it answers. */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(['GET'])
  let kind: string | undefined
  try {
    const config = readStoreConfig()
    kind = config.kind
    const { consultations } = await withStore(config, (store) => store.health())
    return json(200, { status: 'ok', store: { kind, ok: true, consultations } })
  } catch (error) {
    console.error('health: store failure', error)
    return json(503, { status: 'degraded', store: { kind: kind ?? 'none', ok: false } })
  }
}

export const config: Config = { path: '/api/health' }
