// Documents applicants may send: photos (phones' HEIC included) and PDF, within limits shown
// before choosing files. Mirrored by the attachments table's checks and the storage bucket.

export const attachmentLimits = {
  maxFiles: 10,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 30 * 1024 * 1024,
} as const

/** Accepted extensions and their MIME type. */
export const attachmentTypes = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heif',
  webp: 'image/webp',
  pdf: 'application/pdf',
} as const

export type AttachmentMime = (typeof attachmentTypes)[keyof typeof attachmentTypes]

export function extensionOf(fileName: string): keyof typeof attachmentTypes | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  return extension && extension in attachmentTypes
    ? (extension as keyof typeof attachmentTypes)
    : undefined
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to))

/** The real type of a file from its first bytes (magic numbers), whatever its name says. */
export function detectFileType(head: Uint8Array): AttachmentMime | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png'
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf'
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp'
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12)
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand)) return 'image/heic'
    if (['mif1', 'msf1'].includes(brand)) return 'image/heif'
  }
  return undefined
}
