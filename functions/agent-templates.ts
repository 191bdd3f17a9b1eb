import type { Config } from '@netlify/functions'
import { z } from 'zod'
import { agentTemplatesAnswer } from '../src/domain/api/agent-templates.ts'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { templateSchema } from '../src/server/agent/responsable-inputs.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import { answer, methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

const notFound = () => problem(404, 'Ce modèle n’existe pas ou n’est pas celui de votre UDAP.')
const idSchema = z.uuid('Modèle : identifiant invalide.')

/**
 * /api/agent/modeles — the UDAP's reply templates. GET: every agent reads them; POST {id?, title,
 * body}: the responsable creates (no id) or edits one; DELETE ?id=…: deletes it.
 */
export default async (request: Request): Promise<Response> => {
  if (!['GET', 'POST', 'DELETE'].includes(request.method))
    return methodNotAllowed(['GET', 'POST', 'DELETE'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  try {
    if (request.method === 'GET')
      return answer(agentTemplatesAnswer, 200, await context.store.templates())
    if (request.method === 'DELETE') {
      const id = idSchema.safeParse(new URL(request.url).searchParams.get('id'))
      if (!id.success) return notFound()
      const templates = await context.store.deleteTemplate(id.data)
      return templates ? answer(agentTemplatesAnswer, 200, templates) : notFound()
    }
  } catch (error) {
    return agentFailure(error)
  }
  const body = await readRequestBody(request, 64 * 1024)
  if (!body.ok) return body.response
  const template = templateSchema.safeParse(body.value)
  if (!template.success)
    return problem(400, 'Le modèle n’a pas été enregistré.', fieldErrors(template.error))
  try {
    const { id, title, body: text } = template.data
    const templates = await context.store.saveTemplate(id, title, text)
    return templates ? answer(agentTemplatesAnswer, id ? 200 : 201, templates) : notFound()
  } catch (error) {
    return agentFailure(error, 'title')
  }
}

export const config: Config = { path: '/api/agent/modeles' }
