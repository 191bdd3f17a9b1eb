import { createHash } from 'node:crypto'
import { antispamFields } from '../../domain/antispam-fields.ts'
import { consultationInputFromForm } from '../../domain/consultation-form-data.ts'
import { type FieldError, validateConsultation } from '../../domain/consultation-schema.ts'
import { verifyChallenge } from '../antispam/challenge.ts'
import { checkLimits, submissionLimits } from '../antispam/rate-limits.ts'
import type { ServerConfig } from '../config.ts'
import {
  type ConsultationStore,
  StoreConflict,
  StoreRejection,
} from '../store/consultation-store.ts'
import { createTrackingToken, trackingUrl } from '../tracking-token.ts'

export interface SubmitRequest {
  body: { kind: 'json'; value: unknown } | { kind: 'form'; value: [string, FormDataEntryValue][] }
  /** The client's Idempotency-Key header, if any. */
  idempotencyKey: string | undefined
  /** Where the site is served (for the tracking link), and the embedding origin if cross-origin. */
  siteOrigin: string
  embeddingOrigin: string | undefined
  ip: string
}

export type SubmitOutcome =
  | { type: 'created' | 'replayed'; reference: string; trackingUrl: string }
  | { type: 'invalid'; errors: FieldError[] }
  | { type: 'refused'; message: string }
  | { type: 'rate_limited'; retryAfter: number }
  | { type: 'conflict' }

/**
 * A request for advice from the outside world to the database: anti-spam, validation,
 * rate limits, idempotency, storage. Nothing is stored unless every check passes.
 */
export async function submitRequest(
  request: SubmitRequest,
  config: ServerConfig,
  store: ConsultationStore,
): Promise<SubmitOutcome> {
  const fields =
    request.body.kind === 'form'
      ? consultationInputFromForm(request.body.value)
      : request.body.value
  const {
    [antispamFields.honeypot]: honeypot,
    [antispamFields.challenge]: challenge,
    ...input
  } = isRecord(fields) ? fields : {}

  if (config.antispam) {
    if (typeof honeypot === 'string' && honeypot !== '') return refused()
    // A page without JavaScript cannot solve the proof of work: the honeypot and the limits guard it.
    if (request.body.kind === 'json') {
      const verdict = await verifyChallenge(challenge, config.formSecret)
      if (verdict === 'too_fast')
        return {
          type: 'refused',
          message: 'Votre demande a été envoyée trop vite. Relisez-la puis envoyez-la de nouveau.',
        }
      if (verdict !== 'ok') return refused()
    }
  }

  const result = validateConsultation(isRecord(fields) ? input : fields)
  if (!result.success) return { type: 'invalid', errors: result.errors }
  const consultation = result.data

  if (config.antispam) {
    const retryAfter = await checkLimits(store, config.formSecret, [
      { limit: submissionLimits[0], value: request.ip },
      { limit: submissionLimits[1], value: consultation.email },
    ])
    if (retryAfter > 0) return { type: 'rate_limited', retryAfter }
  }

  const key = request.idempotencyKey
  const { token, hash } = createTrackingToken(config.formSecret, key)
  const link = trackingUrl(request.siteOrigin, token)
  try {
    const stored = await store.submitConsultation(consultation, {
      trackingTokenHash: hash,
      trackingUrl: link,
      source: request.embeddingOrigin ?? 'site',
      ...(key
        ? {
            idempotency: {
              key,
              requestHash: createHash('sha256').update(JSON.stringify(consultation)).digest(),
            },
          }
        : {}),
    })
    return {
      type: stored.created ? 'created' : 'replayed',
      reference: stored.reference,
      trackingUrl: link,
    }
  } catch (error) {
    if (error instanceof StoreConflict) return { type: 'conflict' }
    if (error instanceof StoreRejection)
      return {
        type: 'invalid',
        errors: [
          {
            field: '',
            message:
              'Votre demande n’a pas pu être enregistrée : vérifiez les informations saisies.',
          },
        ],
      }
    throw error
  }
}

function refused(): SubmitOutcome {
  return {
    type: 'refused',
    message: 'Votre demande n’a pas pu être envoyée. Rechargez la page et réessayez.',
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
