import type { Config } from '@netlify/functions'
import { loadConfig } from '../src/server/http/load-config.ts'
import {
  json,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

const codePattern = /^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])$/

/**
 * GET /api/udap?code=69 — whether the département's UDAP takes online requests, and its public
 * contact details: the form says so as soon as the commune is chosen.
 */
export default async (request: Request): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const code = new URL(request.url).searchParams.get('code') ?? ''
  if (!codePattern.test(code))
    return problem(400, 'Département : code invalide.', [
      { field: 'code', message: 'Département : code invalide.' },
    ])
  try {
    const udap = await withStore(config.store, (store) => store.udapContact(code))
    if (!udap) return problem(404, 'Aucune UDAP ne correspond à ce département.')
    return json(200, udap)
  } catch (error) {
    console.error('udap: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/udap' }
