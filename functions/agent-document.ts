import type { Config, Context } from '@netlify/functions'
import { agentContext, agentFailure } from '../src/server/agent/agent-context.ts'
import { agentDownloadUrl } from '../src/server/agent/agent-documents.ts'
import { methodNotAllowed, problem } from '../src/server/http/responses.ts'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * GET /api/agent/documents/{id} — the database first says whether the agent may see the
 * document's request (as the agent); only then a link valid for a minute is made (in production
 * by Storage under the agent's JWT, where the storage.objects policy decides again).
 */
export default async (request: Request, netlify: Context): Promise<Response> => {
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const context = await agentContext(request)
  if (context instanceof Response) return context
  const id = netlify.params.id ?? ''
  const missing = () =>
    problem(404, 'Ce document n’existe pas ou n’est pas celui d’une demande de votre UDAP.')
  if (!uuid.test(id)) return missing()
  try {
    const found = await context.store.attachment(id)
    if (!found) return missing()
    const url = await agentDownloadUrl(context, found.storage_path)
    if (!url) return missing()
    return new Response(null, {
      status: 303,
      headers: { Location: url, 'Cache-Control': 'no-store' },
    })
  } catch (error) {
    return agentFailure(error)
  }
}

export const config: Config = { path: '/api/agent/documents/:id' }
