import type { Config, Context } from '@netlify/functions'
import {
  agentActionSchema,
  agentRequestSchema,
  redirectedSchema,
} from '../src/domain/api/agent-request.ts'
import { changesFor, fieldOf } from '../src/server/agent/agent-actions.ts'
import { agentContext, agentFailure, notFound } from '../src/server/agent/agent-context.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import { json, methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

/**
 * /api/agent/demandes/{reference} — GET: the request as the agent may see it (404 otherwise);
 * POST {action, …}: one action, run as the agent; the database refuses what is not allowed.
 * A redirection answers where the request went (it has left the agent's UDAP).
 */
export default async (request: Request, netlify: Context): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'POST')
    return methodNotAllowed(['GET', 'POST'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  const reference = netlify.params.reference ?? ''
  if (request.method === 'GET') {
    try {
      const found = await context.store.request(reference)
      return found ? json(200, agentRequestSchema.parse(found)) : notFound()
    } catch (error) {
      return agentFailure(error)
    }
  }
  const body = await readRequestBody(request, 64 * 1024)
  if (!body.ok) return body.response
  const action = agentActionSchema.safeParse(body.value)
  if (!action.success)
    return problem(400, 'L’action n’a pas pu être faite.', fieldErrors(action.error))
  if (action.data.action === 'redirect') {
    // The request moves to the other UDAP's inbox: this agent no longer sees it.
    const { udap, motivation } = action.data
    try {
      const moved = await context.store.redirect(reference, udap, motivation)
      return moved ? json(200, redirectedSchema.parse(moved)) : notFound()
    } catch (error) {
      const aboutUdap = error instanceof Error && error.message.startsWith('UDAP destinataire')
      return agentFailure(error, aboutUdap ? 'udap' : 'motivation')
    }
  }
  try {
    const current = await context.store.request(reference)
    if (!current) return notFound()
    const updated = await context.store.update(
      reference,
      changesFor(action.data, context.claims.sub, current.consultation.status),
    )
    return updated ? json(200, agentRequestSchema.parse(updated)) : notFound()
  } catch (error) {
    return agentFailure(error, fieldOf(action.data))
  }
}

export const config: Config = { path: '/api/agent/demandes/:reference' }
