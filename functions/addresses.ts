import type { Config } from '@netlify/functions'
import { addressesAnswer } from '../src/domain/api/addresses.ts'
import { parseAddressQuery } from '../src/domain/geodata/point-query.ts'
import { suggestAddresses } from '../src/server/geodata/geocoder-client.ts'
import { loadGeodataConfig, upstreamProblem } from '../src/server/geodata/upstream-problem.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'

/** GET /api/addresses?q=… — address suggestions while typing (Géoplateforme geocoder). */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const query = parseAddressQuery(new URL(request.url).searchParams)
  if (!query.ok) return problem(400, 'Votre recherche d’adresse est incomplète.', query.errors)
  const config = loadGeodataConfig()
  if (config instanceof Response) return config
  try {
    return answer(addressesAnswer, 200, {
      suggestions: await suggestAddresses(config.geocoderUrl, query.q),
    })
  } catch (error) {
    return upstreamProblem('Le service de recherche d’adresses de l’IGN', error)
  }
}

export const config: Config = { path: '/api/addresses' }
