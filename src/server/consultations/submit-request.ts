import { createHash } from 'node:crypto'
import { antispamFields } from '../../domain/antispam-fields.ts'
import { consultationInputFromForm } from '../../domain/consultation-form-data.ts'
import { type FieldError, validateConsultation } from '../../domain/consultation-schema.ts'
import { routeToUdap } from '../../domain/departement.ts'
import { inactiveUdapMessage } from '../../domain/udap-availability.ts'
import {
  type ChallengeVerdict,
  createTimeTrapToken,
  type SpendableToken,
  verifyChallenge,
  verifyTimeTrapToken,
} from '../antispam/challenge.ts'
import { checkLimits, emailLimitValue, submissionLimits } from '../antispam/rate-limits.ts'
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
  /** The embedding origin if cross-origin (the tracking link is built on SITE_URL). */
  embeddingOrigin: string | undefined
  /** The client's address when known from a trusted source (see client-ip.ts). */
  ip: string | undefined
}

export type SubmitOutcome =
  | { type: 'created' | 'replayed'; reference: string; trackingUrl: string }
  | { type: 'invalid'; errors: FieldError[] }
  | { type: 'refused'; message: string }
  | { type: 'rate_limited'; retryAfter: number }
  | { type: 'conflict' }
  /** No-JavaScript path: answer the confirmation page with this fresh time-trap token. */
  | { type: 'confirm'; token: string; notice?: string }

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
    [antispamFields.timeTrap]: timeTrap,
    ...input
  } = isRecord(fields) ? fields : {}

  if (config.antispam && typeof honeypot === 'string' && honeypot !== '') return refused()

  // Every path carries a server-issued token, spent once: the solved ALTCHA challenge (JSON), or
  // the time-trap token of the confirmation page (plain form post, see confirmation-page.ts).
  let spend: SpendableToken | undefined
  if (config.antispam) {
    if (request.body.kind === 'json') {
      const checked = await verifyChallenge(challenge, config.formSecret)
      if (checked.verdict !== 'ok') return challengeRefused(checked.verdict)
      spend = checked.token
    } else {
      const checked = verifyTimeTrapToken(timeTrap, config.formSecret)
      if (checked.verdict === 'invalid') return refused()
      if (checked.verdict !== 'ok') {
        const result = validateConsultation(input)
        if (!result.success) return { type: 'invalid', errors: result.errors }
        const unavailable = await udapRefusal(result.data, store)
        if (unavailable) return unavailable
        return {
          type: 'confirm',
          token: createTimeTrapToken(config.formSecret),
          ...(checked.verdict === 'too_fast'
            ? { notice: 'Prenez le temps de relire vos réponses, puis confirmez de nouveau.' }
            : {}),
        }
      }
      spend = checked.token
    }
  }

  const result = validateConsultation(isRecord(fields) ? input : fields)
  if (!result.success) return { type: 'invalid', errors: result.errors }
  const consultation = result.data

  const unavailable = await udapRefusal(consultation, store)
  if (unavailable) return unavailable

  if (config.antispam) {
    const retryAfter = await checkLimits(store, config.formSecret, [
      ...(request.ip ? [{ limit: submissionLimits[0], value: request.ip }] : []),
      { limit: submissionLimits[1], value: emailLimitValue(consultation.email) },
    ])
    if (retryAfter > 0) return { type: 'rate_limited', retryAfter }
    if (spend && !(await store.spendAntispamToken(spend.hash, spend.expiresAt))) return refused()
  }

  const key = request.idempotencyKey
  const { token, hash } = createTrackingToken(config.formSecret, key)
  const link = trackingUrl(config.siteOrigin, token)
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
    // A refusal raised on purpose (the commune out of the covered départements…): the person can act.
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

/** A UDAP that takes no online request: refused, with its contact details, before storing. */
async function udapRefusal(
  place: { inseeCode?: string | undefined; postcode: string },
  store: ConsultationStore,
): Promise<SubmitOutcome | undefined> {
  const code = routeToUdap(place)
  const udap = code ? await store.udapContact(code) : undefined
  const message = udap && inactiveUdapMessage(udap)
  return message ? { type: 'invalid', errors: [{ field: 'commune', message }] } : undefined
}

function challengeRefused(verdict: ChallengeVerdict): SubmitOutcome {
  // Named by its field: the form solves a fresh challenge and sends again, the person's answers
  // and documents kept (RGAA 13.1).
  if (verdict === 'expired')
    return {
      type: 'invalid',
      errors: [
        {
          field: antispamFields.challenge,
          message:
            'Le délai de sécurité de la page a expiré. Envoyez de nouveau votre demande : vos réponses sont conservées.',
        },
      ],
    }
  if (verdict === 'too_fast')
    return {
      type: 'refused',
      message: 'Votre demande a été envoyée trop vite. Relisez-la puis envoyez-la de nouveau.',
    }
  return refused()
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
