import { readFile } from 'node:fs/promises'
import type { Config, Context } from '@netlify/functions'
import { attachmentTypes } from '../src/domain/attachment-rules.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { methodNotAllowed, problem } from '../src/server/http/responses.ts'
import { isValidUploadSignature, localFile } from '../src/server/storage/attachment-storage.ts'

const pathPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.([a-z0-9]{2,5})$/

/**
 * GET /api/downloads/{path}?expires=…&signature=… — local stand-in for Storage's signed download
 * URLs (postgres store only), made by /api/agent/documents/{id} once the database allowed it.
 */
export default async (request: Request, context: Context): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (config.store.kind !== 'postgres') return problem(404, 'Introuvable.')
  if (request.method !== 'GET') return methodNotAllowed(['GET'])
  const path = `${context.params.request}/${context.params.file}`
  const url = new URL(request.url)
  const extension = pathPattern.exec(path)?.[1]
  if (
    !extension ||
    !isValidUploadSignature(
      config.formSecret,
      path,
      Number(url.searchParams.get('expires')),
      url.searchParams.get('signature') ?? '',
      'download',
    )
  )
    return problem(
      403,
      'Ce lien n’est pas valide ou a expiré. Rouvrez le document depuis la demande.',
    )
  const bytes = await readFile(localFile(config.uploadDir, path)).catch(() => undefined)
  if (!bytes) return problem(404, 'Ce document n’existe plus.')
  return new Response(bytes, {
    headers: {
      'Content-Type':
        attachmentTypes[extension as keyof typeof attachmentTypes] ?? 'application/octet-stream',
      'Content-Disposition': 'inline',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const config: Config = { path: '/api/downloads/:request/:file' }
