import type { Config } from '@netlify/functions'
import { challengeAnswer } from '../src/domain/api/challenge.ts'
import { createChallenge } from '../src/server/antispam/challenge.ts'
import { corsHeaders, isAllowedOrigin, preflight } from '../src/server/http/cors.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'

/** GET /api/challenge — the proof-of-work challenge the form solves in the background. */
export default async (request: Request): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method === 'OPTIONS') return preflight(request, config.embedOrigins, ['GET'])
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  if (!isAllowedOrigin(request, config.embedOrigins))
    return problem(403, 'Ce site n’est pas autorisé à envoyer des demandes.')
  return answer(
    challengeAnswer,
    200,
    await createChallenge(config.formSecret),
    corsHeaders(request, config.embedOrigins),
  )
}

export const config: Config = { path: '/api/challenge' }
