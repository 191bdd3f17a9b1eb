import type { Config } from '@netlify/functions'
import { attachmentsAnswer } from '../src/domain/api/attachments.ts'
import {
  attachmentCallSchema,
  confirmUpload,
  requestUpload,
} from '../src/server/attachments/attachment-upload.ts'
import { bearerToken } from '../src/server/http/bearer-token.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  answer,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { openAttachmentStorage } from '../src/server/storage/attachment-storage.ts'
import { withStore } from '../src/server/store/open-store.ts'
import { hashTrackingToken } from '../src/server/tracking-token.ts'

/**
 * POST /api/tracking/attachments, with `Authorization: Bearer <token>` — `{fileName, size,
 * mimeType}` answers a signed URL to PUT the file to; `{confirm: path, fileName}` then checks the
 * stored file and records it.
 */
export default async (request: Request): Promise<Response> => {
  const config = loadConfig()
  if (config instanceof Response) return config
  if (request.method !== 'POST') return methodNotAllowed(['POST'])
  const body = await readRequestBody(request, 4 * 1024)
  if (!body.ok) return body.response
  const call = attachmentCallSchema.safeParse(body.value)
  if (!call.success) {
    const errors = call.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      message: issue.message,
    }))
    return problem(400, 'Le document ne peut pas être envoyé.', errors)
  }
  const hash = hashTrackingToken(bearerToken(request))
  const storage = openAttachmentStorage(config)
  try {
    const outcome = await withStore(config.store, (store) =>
      'confirm' in call.data
        ? confirmUpload(call.data, hash, store, storage)
        : requestUpload(call.data, hash, config.formSecret, config.siteOrigin, store, storage),
    )
    switch (outcome.type) {
      case 'upload':
        return answer(attachmentsAnswer, 201, {
          path: outcome.path,
          uploadUrl: outcome.target.url,
          method: outcome.target.method,
        })
      case 'recorded':
        return answer(attachmentsAnswer, 201, {
          recorded: true,
          count: outcome.count,
          totalBytes: outcome.totalBytes,
        })
      case 'not_found':
        return problem(
          404,
          'Aucune demande ne correspond à ce lien de suivi. Vérifiez qu’il est complet.',
        )
      case 'refused':
        return problem(400, outcome.message, [{ field: outcome.field, message: outcome.message }])
      case 'rate_limited':
        return problem(429, 'Trop de documents envoyés. Réessayez plus tard.', [], {
          'Retry-After': String(outcome.retryAfter),
        })
    }
  } catch (error) {
    console.error('attachments: failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/tracking/attachments' }
