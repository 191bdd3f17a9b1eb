import type { Config } from '@netlify/functions'
import { protectionsAnswer } from '../src/domain/api/protections.ts'
import { parsePointQuery } from '../src/domain/geodata/point-query.ts'
import { protectionsAt } from '../src/server/geodata/gpu-client.ts'
import { loadGeodataConfig, upstreamProblem } from '../src/server/geodata/upstream-problem.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'

/** GET /api/protections?lat=…&lon=… — the heritage protections recorded at a point (GPU). */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const query = parsePointQuery(new URL(request.url).searchParams)
  if (!query.ok) return problem(400, 'Ce point ne peut pas être vérifié.', query.errors)
  const config = loadGeodataConfig()
  if (config instanceof Response) return config
  try {
    const { protections } = await protectionsAt(config.gpuApiUrl, query.point)
    return answer(protectionsAnswer, 200, { protections })
  } catch (error) {
    return upstreamProblem('Le Géoportail de l’urbanisme', error)
  }
}

export const config: Config = { path: '/api/protections' }
