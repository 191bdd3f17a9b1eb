import type { Config } from '@netlify/functions'
import { trackingAnswer } from '../src/domain/api/tracking.ts'
import { bearerToken } from '../src/server/http/bearer-token.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import {
  answer,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'
import { hashTrackingToken } from '../src/server/tracking-token.ts'

/**
 * GET /api/tracking, with `Authorization: Bearer <token>` — what the applicant may see of their
 * request (the token never travels in a URL, which logs keep). A malformed, a
 * wrong and an unknown token all take the same path (hash, then one indexed lookup) and get the
 * same 404, so an answer tells nothing about which tokens exist.
 */
export default async (request: Request): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const hash = hashTrackingToken(bearerToken(request))
  try {
    const view = await withStore(config.store, (store) => store.tracking(hash))
    if (!view)
      return problem(
        404,
        'Aucune demande ne correspond à ce lien de suivi. Vérifiez qu’il est complet.',
      )
    return answer(trackingAnswer, 200, view)
  } catch (error) {
    console.error('consultation-tracking: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/tracking' }
