import type { Config } from '@netlify/functions'
import { agentTeamAnswer } from '../src/domain/api/agent-team.ts'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { inviteAgent } from '../src/server/agent/agent-invitation.ts'
import { invitationSchema, memberChangeSchema } from '../src/server/agent/responsable-inputs.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

/**
 * /api/agent/equipe — the UDAP's agents, for its responsable only (the database refuses anyone
 * else). GET: the team; POST {display_name, email, role}: invites an agent; PATCH {user_id,
 * role?, active?}: changes a role, deactivates or reactivates.
 */
export default async (request: Request): Promise<Response> => {
  if (!['GET', 'POST', 'PATCH'].includes(request.method))
    return methodNotAllowed(['GET', 'POST', 'PATCH'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  if (request.method === 'GET') {
    try {
      return answer(agentTeamAnswer, 200, await context.store.team())
    } catch (error) {
      return agentFailure(error)
    }
  }
  const body = await readRequestBody(request, 4096)
  if (!body.ok) return body.response
  if (request.method === 'POST') {
    const invitation = invitationSchema.safeParse(body.value)
    if (!invitation.success)
      return problem(400, 'L’invitation n’a pas été envoyée.', fieldErrors(invitation.error))
    try {
      return answer(agentTeamAnswer, 201, await inviteAgent(context, invitation.data))
    } catch (error) {
      return agentFailure(error, 'email')
    }
  }
  const change = memberChangeSchema.safeParse(body.value)
  if (!change.success)
    return problem(400, 'La modification n’a pas été faite.', fieldErrors(change.error))
  const { user_id, ...changes } = change.data
  try {
    const team = await context.store.updateMember(user_id, changes)
    return team
      ? answer(agentTeamAnswer, 200, team)
      : problem(404, 'Cet agent n’existe pas ou n’est pas de votre UDAP.')
  } catch (error) {
    return agentFailure(error, changes.role === undefined ? 'active' : 'role')
  }
}

export const config: Config = { path: '/api/agent/equipe' }
