import type { Config } from '@netlify/functions'
import { agentInboxSchema, inboxQuerySchema } from '../src/domain/api/agent-inbox.ts'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { json, methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

/** GET /api/agent/demandes?tab=…&page=…&filters — the inbox of the agent's UDAP. */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  const params = Object.fromEntries(
    [...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ''),
  )
  const query = inboxQuerySchema.safeParse(params)
  if (!query.success)
    return problem(400, 'Les filtres ne sont pas valides.', fieldErrors(query.error))
  try {
    const inbox = await context.store.inbox(query.data)
    if (!inbox) return problem(403, 'Ce compte n’a pas accès à l’espace agent.')
    return json(200, agentInboxSchema.parse(inbox))
  } catch (error) {
    return agentFailure(error)
  }
}

export const config: Config = { path: '/api/agent/demandes' }
