import type { Config, Context } from '@netlify/functions'
import { feedbackAnswer } from '../src/domain/api/feedback.ts'
import { feedbackInputFromForm, feedbackSchema } from '../src/domain/feedback-schema.ts'
import { checkLimits, feedbackLimit } from '../src/server/antispam/rate-limits.ts'
import { followUpToken, followUpVoteId } from '../src/server/feedback/follow-up-token.ts'
import { clientIp } from '../src/server/http/client-ip.ts'
import { isAllowedOrigin } from '../src/server/http/cors.ts'
import { seeOther } from '../src/server/http/html-page.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  answer,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

const followUpRefused =
  'Suite de l’avis : ce vote ne peut plus être complété. Votre vote est bien compté.'

/**
 * POST /api/feedback — "Cette page vous a-t-elle été utile ?", as JSON or a plain form post.
 * A vote answers a `followUp` token; the comment typed after it is sent with that token and
 * completes the same vote. No IP address or identifier is stored.
 */
export default async (request: Request, context?: Context): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  // Votes come from this site's own pages: another site's page may not post one.
  if (!isAllowedOrigin(request, []))
    return problem(403, 'Ce site n’est pas autorisé à envoyer des avis.')
  const body = await readRequestBody(request, 8 * 1024, ['json', 'form'])
  if (!body.ok) return body.response
  const parsed = feedbackSchema.safeParse(
    body.kind === 'form' ? feedbackInputFromForm(body.value) : body.value,
  )
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      message: issue.message,
    }))
    return problem(400, 'Votre avis n’a pas pu être enregistré.', errors)
  }
  const { page, useful, comment, followUp } = parsed.data
  const followUpId =
    followUp === undefined ? undefined : followUpVoteId(config.formSecret, followUp)
  if (followUp !== undefined && (followUpId === undefined || comment === undefined))
    return problem(400, 'Votre commentaire n’a pas pu être ajouté.', [
      comment === undefined
        ? { field: 'comment', message: 'Commentaire : écrivez votre commentaire.' }
        : { field: 'followUp', message: followUpRefused },
    ])
  try {
    const ip = clientIp(request, context, config.trustedIpHeader)
    const outcome = await withStore(config.store, async (store) => {
      const wait =
        config.antispam && ip
          ? await checkLimits(store, config.formSecret, [{ limit: feedbackLimit, value: ip }])
          : 0
      if (wait > 0) return { wait }
      if (followUpId !== undefined && comment !== undefined)
        return { wait, commented: await store.commentPageFeedback(followUpId, page, comment) }
      return { wait, id: await store.recordPageFeedback(page, useful, comment) }
    })
    if (outcome.wait > 0)
      return problem(429, 'Trop d’avis envoyés. Réessayez plus tard.', [], {
        'Retry-After': String(outcome.wait),
      })
    if (outcome.commented === false)
      return problem(409, 'Votre commentaire n’a pas pu être ajouté.', [
        { field: 'followUp', message: followUpRefused },
      ])
    // Without JavaScript, back to the page, whose #avis-merci target shows the thank-you.
    if (body.kind === 'form')
      return seeOther(new URL(`${page}#avis-merci`, config.siteOrigin).toString())
    return answer(feedbackAnswer, 201, {
      recorded: true,
      ...(outcome.id === undefined
        ? {}
        : { followUp: followUpToken(config.formSecret, outcome.id) }),
    })
  } catch (error) {
    console.error('feedback: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/feedback' }
