import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  attachmentLimits,
  attachmentTypes,
  detectFileType,
  extensionOf,
} from '../../domain/attachment-rules.ts'
import { limitKey } from '../antispam/rate-limits.ts'
import {
  type AttachmentStorage,
  type UploadTarget,
  uploadReservationMinutes,
} from '../storage/attachment-storage.ts'
import { type ConsultationStore, StoreRejection } from '../store/consultation-store.ts'

// Signed URLs one tracking link may obtain in an hour (the limits of 10 files hold anyway).
export const uploadUrlLimit = { bucket: 'upload_url', windowSeconds: 3600, maxHits: 30 } as const
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const extensions = Object.keys(attachmentTypes).join('|')

/** The exact shape of a path this request was issued: `<request id>/<uuid>.<accepted extension>`. */
export function isIssuedPathShape(path: string, consultationId: string): boolean {
  return (
    new RegExp(`^${uuid}$`).test(consultationId) &&
    new RegExp(`^${consultationId}/${uuid}\\.(${extensions})$`).test(path)
  )
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`

/** The two calls of an upload: ask where to put a file, then confirm it once it is there. */
export const attachmentCallSchema = z.union([
  z.strictObject({
    fileName: z
      .string({ error: 'Nom du fichier : obligatoire.' })
      .trim()
      .min(1, 'Nom du fichier : obligatoire.')
      .max(255, 'Nom du fichier : trop long.'),
    size: z
      .number({ error: 'Taille : nombre d’octets attendu.' })
      .int()
      .min(1, 'Le fichier est vide.')
      .max(
        attachmentLimits.maxFileBytes,
        `Document trop volumineux : ${megabytes(attachmentLimits.maxFileBytes)} au maximum.`,
      ),
    // Browsers may leave it empty (HEIC on some phones): the extension and the content decide.
    mimeType: z.string().max(100).optional(),
  }),
  z.strictObject({
    confirm: z.string({ error: 'Chemin du document : obligatoire.' }).max(200),
    fileName: z.string().trim().min(1).max(255),
  }),
])

export type AttachmentOutcome =
  | { type: 'upload'; path: string; target: UploadTarget }
  | { type: 'recorded'; count: number; totalBytes: number }
  | { type: 'not_found' }
  | { type: 'refused'; field: string; message: string }
  | { type: 'rate_limited'; retryAfter: number }

const refused = (field: string, message: string): AttachmentOutcome => ({
  type: 'refused',
  field,
  message,
})

const closedMessage = 'Cette demande est close : elle ne reçoit plus de documents.'

/**
 * Checks the declared file, reserves it under the request's limits (so that the limits hold from
 * the moment a URL is issued, confirmed or not) and answers where to upload it.
 */
export async function requestUpload(
  file: { fileName: string; size: number; mimeType?: string | undefined },
  trackingTokenHash: Buffer,
  secret: string,
  siteOrigin: string,
  store: ConsultationStore,
  storage: AttachmentStorage,
): Promise<AttachmentOutcome> {
  const extension = extensionOf(file.fileName)
  if (!extension)
    return refused(
      'fileName',
      'Type de fichier non accepté : photos (JPEG, PNG, HEIC, WebP) ou PDF.',
    )
  if (file.mimeType && !Object.values(attachmentTypes).includes(file.mimeType as never)) {
    return refused(
      'mimeType',
      'Type de fichier non accepté : photos (JPEG, PNG, HEIC, WebP) ou PDF.',
    )
  }
  const target = await store.attachmentTarget(trackingTokenHash)
  if (!target) return { type: 'not_found' }
  const retryAfter = await store.hitRateLimit(
    uploadUrlLimit.bucket,
    limitKey(secret, `upload:${trackingTokenHash.toString('hex')}`),
    uploadUrlLimit.windowSeconds,
    uploadUrlLimit.maxHits,
  )
  if (retryAfter > 0) return { type: 'rate_limited', retryAfter }
  const path = `${target.consultationId}/${randomUUID()}.${extension}`
  const reserved = await store.reserveAttachmentUpload(trackingTokenHash, {
    path,
    size: file.size,
    expiresAt: new Date(Date.now() + uploadReservationMinutes * 60_000),
  })
  switch (reserved) {
    case undefined:
      return { type: 'not_found' }
    case 'closed':
      return refused('', closedMessage)
    case 'count':
      return refused('', `${attachmentLimits.maxFiles} documents au plus par demande.`)
    case 'total':
      return refused(
        'size',
        `${megabytes(attachmentLimits.maxTotalBytes)} au plus pour l’ensemble des documents.`,
      )
    case 'reserved':
      return { type: 'upload', path, target: await storage.createUploadTarget(path, siteOrigin) }
  }
}

/**
 * Checks the stored file itself (size, magic number) and records it. The path must have the exact
 * shape issued to this request before any storage call. Confirming twice answers the same
 * counts. A file is deleted only when refused for its type, its size or the request's limits.
 */
export async function confirmUpload(
  call: { confirm: string; fileName: string },
  trackingTokenHash: Buffer,
  store: ConsultationStore,
  storage: AttachmentStorage,
): Promise<AttachmentOutcome> {
  const target = await store.attachmentTarget(trackingTokenHash)
  if (!target) return { type: 'not_found' }
  if (!isIssuedPathShape(call.confirm, target.consultationId))
    return refused('confirm', 'Ce document n’appartient pas à cette demande.')
  const stored = await storage.inspect(call.confirm)
  if (!stored) return refused('confirm', 'Le document n’a pas été reçu. Recommencez l’envoi.')
  const mimeType = detectFileType(stored.head)
  if (!mimeType || stored.size > attachmentLimits.maxFileBytes) {
    await storage.remove([call.confirm])
    return refused(
      'confirm',
      mimeType
        ? 'Document trop volumineux : 10 Mo au maximum.'
        : 'Ce fichier n’est ni une photo ni un PDF : il a été refusé.',
    )
  }
  try {
    const recorded = await store.recordAttachment(trackingTokenHash, {
      path: call.confirm,
      fileName: call.fileName,
      size: stored.size,
      mimeType,
    })
    return { type: 'recorded', ...recorded }
  } catch (error) {
    if (!(error instanceof StoreRejection)) throw error
    // Past the limits (or the request closed): the file cannot stay. Not this request's path: untouched.
    if (error.field === 'file') await storage.remove([call.confirm])
    return refused('confirm', error.userMessage)
  }
}
