import type { Config } from '@netlify/functions'
import { z } from 'zod'
import { loadConfig } from '../src/server/http/load-config.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  json,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'
import { withStore } from '../src/server/store/open-store.ts'
import { hashTrackingToken } from '../src/server/tracking-token.ts'

const answerSchema = z.object({
  message: z
    .string('Votre réponse : écrivez un message.')
    .trim()
    .min(1, 'Votre réponse : écrivez un message.')
    .max(5000, 'Votre réponse : 5 000 caractères au plus.'),
})

const unknownLink = 'Aucune demande ne correspond à ce lien de suivi. Vérifiez qu’il est complet.'

/**
 * POST /api/tracking/complement — the applicant answers a complement request (Authorization:
 * Bearer <tracking token>, {message}); documents go through /api/tracking/attachments first.
 */
export default async (request: Request): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? ''
  const body = await readRequestBody(request, 32 * 1024)
  if (!body.ok) return body.response
  const answer = answerSchema.safeParse(body.value)
  if (!answer.success)
    return problem(400, 'Votre réponse n’a pas été envoyée.', fieldErrors(answer.error))
  try {
    const outcome = await withStore(config.store, (store) =>
      store.answerComplement(hashTrackingToken(token), answer.data.message),
    )
    if (!outcome) return problem(404, unknownLink)
    if (!outcome.accepted) {
      const message = 'L’UDAP n’attend pas de complément pour cette demande.'
      return problem(409, message, [{ field: 'message', message }])
    }
    return json(200, { status: outcome.status })
  } catch (error) {
    console.error('tracking-complement: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/tracking/complement' }
