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

// A request for advice is text only (documents come separately): 64 kB is ample.
const maxBodyBytes = 64 * 1024

/** POST /api/consultations — validates a request for advice, stores it, answers its reference. */
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

  try {
    const { reference } = await withStore(readStoreConfig(), (store) =>
      store.submitConsultation(result.data),
    )
    return json(201, { reference })
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
