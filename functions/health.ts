import type { Config } from '@netlify/functions'
import packageJson from '../package.json' with { type: 'json' }
import { healthAnswer } from '../src/domain/api/health.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { answer, methodNotAllowed } from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

// Mail is "late" when an email has waited this long: the sender or the SMTP server is down.
const lateMailMinutes = 30

/**
 * GET /api/health — status and version only, for anyone: `ok`, or `degraded` when the store does
 * not answer (503) or an email has waited 30 minutes. Counts stay private (the log says which).
 */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(['GET'])
  const version = [packageJson.version, process.env.COMMIT_REF?.slice(0, 7)]
    .filter(Boolean)
    .join('+')
  const config = loadConfig()
  if (config instanceof Response)
    return answer(healthAnswer, 503, { status: 'misconfigured', version })
  try {
    const health = await withStore(config.store, (store) => store.health())
    const mailLate = (health.oldestPendingEmailMinutes ?? 0) >= lateMailMinutes
    if (mailLate)
      console.error(
        `health: mail late, ${health.pendingEmails} pending, oldest ${health.oldestPendingEmailMinutes} minutes`,
      )
    return answer(healthAnswer, 200, { status: mailLate ? 'degraded' : 'ok', version })
  } catch (error) {
    console.error('health: store failure', error)
    return answer(healthAnswer, 503, { status: 'degraded', version })
  }
}

export const config: Config = { path: '/api/health' }
