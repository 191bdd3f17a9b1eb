import type { Config } from '@netlify/functions'
import { validateConsultation } from '../src/domain/consultation-schema.ts'
import { readStoreConfig } from '../src/server/config.ts'
import { readJsonBody } from '../src/server/http/read-json-body.ts'
import {
  json,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { StoreRejection } from '../src/server/store/consultation-store.ts'
import { withStore } from '../src/server/store/open-store.ts'
import { createTrackingToken, trackingUrl } from '../src/server/tracking-token.ts'

// A request for advice is text only (documents come separately): 64 kB is ample.
const maxBodyBytes = 64 * 1024

/** POST /api/consultations — validates a request for advice, stores it, answers its reference and tracking link. */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  const body = await readJsonBody(request, maxBodyBytes)
  if (!body.ok) return body.response
  const result = validateConsultation(body.value)
  if (!result.success)
    return problem(
      400,
      'Votre demande contient des erreurs. Corrigez les champs indiqués.',
      result.errors,
    )

  const { token, hash } = createTrackingToken()
  const tracking = trackingUrl(new URL(request.url).origin, token)
  try {
    const stored = await withStore(readStoreConfig(), (store) =>
      store.submitConsultation(result.data, {
        trackingTokenHash: hash,
        trackingUrl: tracking,
        source: 'site',
      }),
    )
    // A resent request (same client key): the link is in the acknowledgement email, not stored here.
    if (!stored.created) {
      return json(200, {
        reference: stored.reference,
        message:
          'Cette demande était déjà enregistrée. Le lien de suivi vous a été envoyé par e-mail.',
      })
    }
    return json(201, { reference: stored.reference, trackingUrl: tracking })
  } catch (error) {
    if (error instanceof StoreRejection) {
      return problem(
        400,
        'Votre demande n’a pas pu être enregistrée : vérifiez les informations saisies.',
      )
    }
    console.error('consultations: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/consultations' }
