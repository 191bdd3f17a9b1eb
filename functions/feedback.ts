import type { Config, Context } from '@netlify/functions'
import { feedbackInputFromForm, feedbackSchema } from '../src/domain/feedback-schema.ts'
import { checkLimits, feedbackLimit } from '../src/server/antispam/rate-limits.ts'
import { clientIp } from '../src/server/http/client-ip.ts'
import { seeOther } from '../src/server/http/html-page.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  json,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

/** POST /api/feedback — "Cette page vous a-t-elle été utile ?", as JSON or a plain form post. */
export default async (request: Request, context?: Context): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
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
  const { page, useful, comment } = parsed.data
  try {
    const retryAfter = await withStore(config.store, async (store) => {
      const wait = config.antispam
        ? await checkLimits(store, config.formSecret, [
            { limit: feedbackLimit, value: clientIp(request, context) },
          ])
        : 0
      if (wait === 0) await store.recordPageFeedback(page, useful, comment)
      return wait
    })
    if (retryAfter > 0)
      return problem(429, 'Trop d’avis envoyés. Réessayez plus tard.', [], {
        'Retry-After': String(retryAfter),
      })
  } catch (error) {
    console.error('feedback: store failure', error)
    return serviceUnavailable()
  }
  // Without JavaScript, back to the page, where a thank-you shows.
  return body.kind === 'form' ? seeOther(`${page}?avis=merci#avis`) : json(201, { recorded: true })
}

export const config: Config = { path: '/api/feedback' }
