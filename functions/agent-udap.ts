import type { Config } from '@netlify/functions'
import { agentUdapAnswer } from '../src/domain/api/agent-udap.ts'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { udapContactSchema } from '../src/server/agent/responsable-inputs.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

const noAccess = () => problem(403, 'Ce compte n’a pas accès à l’espace agent.')

/**
 * /api/agent/udap — GET: the agent's UDAP and its public contact details; PUT {address, phone,
 * email, opening}: the responsable publishes them (the database refuses anyone else).
 */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'PUT') return methodNotAllowed(['GET', 'PUT'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  if (request.method === 'GET') {
    try {
      const udap = await context.store.udap()
      return udap ? answer(agentUdapAnswer, 200, udap) : noAccess()
    } catch (error) {
      return agentFailure(error)
    }
  }
  const body = await readRequestBody(request, 8192)
  if (!body.ok) return body.response
  const contact = udapContactSchema.safeParse(body.value)
  if (!contact.success)
    return problem(400, 'Les coordonnées n’ont pas été publiées.', fieldErrors(contact.error))
  try {
    const udap = await context.store.updateUdapContact(contact.data)
    return udap ? answer(agentUdapAnswer, 200, udap) : noAccess()
  } catch (error) {
    return agentFailure(error, 'address')
  }
}

export const config: Config = { path: '/api/agent/udap' }
