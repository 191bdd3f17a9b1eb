import type { Config } from '@netlify/functions'
import { redirectTargetsAnswer } from '../src/domain/api/agent-templates.ts'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { answer, methodNotAllowed } from '../src/server/http/responses.ts'

/** GET /api/agent/udaps — the UDAPs taking online requests, where a request can be redirected. */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  try {
    return answer(redirectTargetsAnswer, 200, await context.store.redirectTargets())
  } catch (error) {
    return agentFailure(error)
  }
}

export const config: Config = { path: '/api/agent/udaps' }
