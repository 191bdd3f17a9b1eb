import type { Config, Context } from '@netlify/functions'
import { attachmentLimits } from '../src/domain/attachment-rules.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { methodNotAllowed, problem } from '../src/server/http/responses.ts'
import {
  isValidUploadSignature,
  writeLocalUpload,
} from '../src/server/storage/attachment-storage.ts'

// The storage path: <request id>/<file id>.<extension>, both UUIDs.
const pathPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.[a-z0-9]{2,5}$/

/**
 * PUT /api/uploads/{path}?expires=…&signature=… — local stand-in for Supabase Storage's signed
 * upload URLs (postgres store only): the file goes to UPLOAD_DIR; confirming it checks its content.
 */
export default async (request: Request, context: Context): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (config.store.kind !== 'postgres') return problem(404, 'Introuvable.')
  if (request.method !== 'PUT') return methodNotAllowed(['PUT'])
  const path = `${context.params.request}/${context.params.file}`
  const url = new URL(request.url)
  const expires = Number(url.searchParams.get('expires'))
  if (
    !pathPattern.test(path) ||
    !isValidUploadSignature(
      config.formSecret,
      path,
      expires,
      url.searchParams.get('signature') ?? '',
    )
  ) {
    return problem(
      403,
      'Ce lien d’envoi n’est pas valide ou a expiré. Recommencez l’envoi du document.',
    )
  }
  if (Number(request.headers.get('content-length') ?? 0) > attachmentLimits.maxFileBytes)
    return tooLarge()
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > attachmentLimits.maxFileBytes) return tooLarge()
  if (!(await writeLocalUpload(config.uploadDir, path, bytes)))
    return problem(409, 'Ce document a déjà été reçu : il ne peut pas être remplacé.')
  return new Response(null, { status: 200 })
}

function tooLarge(): Response {
  return problem(413, 'Document trop volumineux : 10 Mo au maximum.')
}

export const config: Config = { path: '/api/uploads/:request/:file' }
