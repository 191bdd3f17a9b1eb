import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  attachmentLimits,
  attachmentTypes,
  detectFileType,
  extensionOf,
} from '../../domain/attachment-rules.ts'
import type { AttachmentStorage, UploadTarget } from '../storage/attachment-storage.ts'
import { type ConsultationStore, StoreRejection } from '../store/consultation-store.ts'

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

const refused = (field: string, message: string): AttachmentOutcome => ({
  type: 'refused',
  field,
  message,
})

/** Checks the declared file against the request's room and answers where to upload it. */
export async function requestUpload(
  file: { fileName: string; size: number; mimeType?: string | undefined },
  trackingTokenHash: Buffer,
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
  if (target.closed)
    return refused('', 'Cette demande est close : elle ne reçoit plus de documents.')
  if (target.count >= attachmentLimits.maxFiles)
    return refused('', `${attachmentLimits.maxFiles} documents au plus par demande.`)
  if (target.totalBytes + file.size > attachmentLimits.maxTotalBytes) {
    return refused(
      'size',
      `${megabytes(attachmentLimits.maxTotalBytes)} au plus pour l’ensemble des documents.`,
    )
  }
  const path = `${target.consultationId}/${randomUUID()}.${extension}`
  return { type: 'upload', path, target: await storage.createUploadTarget(path, siteOrigin) }
}

/** Checks the stored file itself (size, magic number) and records it; anything else is deleted. */
export async function confirmUpload(
  call: { confirm: string; fileName: string },
  trackingTokenHash: Buffer,
  store: ConsultationStore,
  storage: AttachmentStorage,
): Promise<AttachmentOutcome> {
  const target = await store.attachmentTarget(trackingTokenHash)
  if (!target) return { type: 'not_found' }
  if (!call.confirm.startsWith(`${target.consultationId}/`))
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
    await storage.remove([call.confirm])
    if (error instanceof StoreRejection)
      return refused('confirm', error.message.replace(/^.*?file: /, ''))
    throw error
  }
}
