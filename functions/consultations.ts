import type { Config, Context } from '@netlify/functions'
import { submissionAnswer } from '../src/domain/api/submission.ts'
import { confirmationPage } from '../src/server/consultations/confirmation-page.ts'
import { type SubmitOutcome, submitRequest } from '../src/server/consultations/submit-request.ts'
import { clientIp } from '../src/server/http/client-ip.ts'
import {
  corsHeaders,
  embeddingOrigin,
  isAllowedOrigin,
  preflight,
} from '../src/server/http/cors.ts'
import { htmlErrorPage, seeOther } from '../src/server/http/html-page.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  answer,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

// A request for advice is text only (documents come separately): 64 kB is ample.
const maxBodyBytes = 64 * 1024
const formPage = '/demander-un-conseil/'

/** POST /api/consultations — a request for advice, as JSON (the form, partners) or a plain form post. */
export default async (request: Request, context?: Context): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method === 'OPTIONS') return preflight(request, config.embedOrigins, ['POST'])
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  if (!isAllowedOrigin(request, config.embedOrigins))
    return problem(403, 'Ce site n’est pas autorisé à envoyer des demandes.')
  const cors = corsHeaders(request, config.embedOrigins)

  const body = await readRequestBody(request, maxBodyBytes, ['json', 'form'])
  if (!body.ok) return withHeaders(body.response, cors)
  try {
    const outcome = await withStore(config.store, (store) =>
      submitRequest(
        {
          body,
          idempotencyKey: request.headers.get('idempotency-key')?.slice(0, 255) || undefined,
          embeddingOrigin: embeddingOrigin(request),
          ip: clientIp(request, context, config.trustedIpHeader),
        },
        config,
        store,
      ),
    )
    return body.kind === 'form'
      ? formAnswer(outcome, body.value)
      : withHeaders(jsonAnswer(outcome), cors)
  } catch (error) {
    console.error('consultations: store failure', error)
    return withHeaders(serviceUnavailable(), cors)
  }
}

function jsonAnswer(outcome: SubmitOutcome): Response {
  switch (outcome.type) {
    case 'created':
    case 'replayed':
      return answer(
        submissionAnswer,
        201,
        { reference: outcome.reference, trackingUrl: outcome.trackingUrl },
        { Location: outcome.trackingUrl },
      )
    case 'invalid':
      return problem(
        400,
        'Votre demande contient des erreurs. Corrigez les champs indiqués.',
        outcome.errors,
      )
    case 'refused':
      return problem(400, outcome.message)
    case 'confirm':
      return problem(400, 'Votre demande n’a pas pu être envoyée. Rechargez la page et réessayez.')
    case 'rate_limited':
      return problem(429, 'Trop de demandes envoyées. Réessayez plus tard.', [], {
        'Retry-After': String(outcome.retryAfter),
      })
    case 'conflict':
      return problem(
        409,
        'Cette clé d’envoi a déjà servi pour une autre demande. Rechargez la page avant d’envoyer une nouvelle demande.',
      )
  }
}

/**
 * Without JavaScript: first a page to confirm the answers (it carries the time-trap token), then
 * the tracking page on success, else a page that says what to correct.
 */
function formAnswer(outcome: SubmitOutcome, entries: [string, FormDataEntryValue][]): Response {
  switch (outcome.type) {
    case 'confirm':
      return confirmationPage(entries, outcome.token, '/api/consultations', outcome.notice)
    case 'created':
    case 'replayed':
      return seeOther(outcome.trackingUrl.replace('/suivi/#', '/suivi/?envoyee=1#'))
    case 'invalid':
      return htmlErrorPage(400, 'Votre demande contient des erreurs', outcome.errors, formPage)
    case 'refused':
      return htmlErrorPage(400, outcome.message, [], formPage)
    case 'rate_limited':
      return htmlErrorPage(429, 'Trop de demandes envoyées. Réessayez plus tard.', [], formPage, {
        'Retry-After': String(outcome.retryAfter),
      })
    case 'conflict':
      return htmlErrorPage(409, 'Cette demande a déjà été envoyée.', [], formPage)
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config: Config = {
  path: '/api/consultations',
  // Production only (the emulator ignores it); the database-backed limits hold everywhere.
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
}
