import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { createClient } from '@supabase/supabase-js'
import type { ServerConfig } from '../config.ts'

export const attachmentsBucket = 'consultation-attachments'

// Enough bytes to recognise every accepted type by its magic number.
const headBytes = 16
const uploadMinutes = 15
/**
 * How long an issued upload counts against the request's limits unconfirmed: the longest URL
 * lifetime (Supabase's signed upload URLs last two hours). The purge sweeps it an hour later.
 */
export const uploadReservationMinutes = 120

/** Where to send a file: the browser PUTs it there directly, never through a function. */
export interface UploadTarget {
  url: string
  method: 'PUT'
}

/** A stored file as it really is: its size and its first bytes. */
export interface StoredFile {
  size: number
  head: Uint8Array
}

/** Where documents live: Supabase Storage in production, a folder on disk locally. */
export interface AttachmentStorage {
  createUploadTarget(path: string, siteOrigin: string): Promise<UploadTarget>
  inspect(path: string): Promise<StoredFile | undefined>
  remove(paths: string[]): Promise<void>
  /** A short-lived link to read a file: only once the database said who may. */
  createDownloadUrl(path: string, siteOrigin: string): Promise<string>
}

export const downloadSeconds = 60

export function openAttachmentStorage(
  config: ServerConfig,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): AttachmentStorage {
  return config.store.kind === 'supabase'
    ? supabaseStorage(config.store.url, config.store.secretKey, fetch)
    : diskStorage(config.uploadDir, config.formSecret)
}

function supabaseStorage(
  url: string,
  secretKey: string,
  fetch: typeof globalThis.fetch,
): AttachmentStorage {
  const bucket = createClient(url, secretKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch },
  }).storage.from(attachmentsBucket)
  return {
    async createUploadTarget(path) {
      const { data, error } = await bucket.createSignedUploadUrl(path)
      if (error) throw new Error(`supabase storage: ${error.message}`)
      return { url: data.signedUrl, method: 'PUT' }
    },
    async inspect(path) {
      const info = await bucket.info(path)
      if (info.error || info.data.size === undefined) return undefined
      const signed = await bucket.createSignedUrl(path, 60)
      if (signed.error) return undefined
      const response = await fetch(signed.data.signedUrl, {
        headers: { Range: `bytes=0-${headBytes - 1}` },
      })
      if (!response.ok) return undefined
      return {
        size: info.data.size,
        head: new Uint8Array(await response.arrayBuffer()).subarray(0, headBytes),
      }
    },
    async createDownloadUrl(path) {
      const { data, error } = await bucket.createSignedUrl(path, downloadSeconds)
      if (error) throw new Error(`supabase storage: ${error.message}`)
      return data.signedUrl
    },
    async remove(paths) {
      if (paths.length === 0) return
      const { error } = await bucket.remove(paths)
      if (error) throw new Error(`supabase storage: ${error.message}`)
    },
  }
}

/** A file of the local upload folder; never outside it. */
export function localFile(uploadDir: string, path: string): string {
  const root = resolve(uploadDir)
  const file = resolve(join(root, path))
  if (!file.startsWith(`${root}/`)) throw new Error(`path outside the upload folder: ${path}`)
  return file
}

/**
 * What the local upload URL receives (functions/local-upload.ts), stored where Storage would keep
 * it. Write once, as Supabase's signed upload URLs: false when the file is already there (a
 * confirmed file is never replaced by content its check did not see).
 */
export async function writeLocalUpload(
  uploadDir: string,
  path: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const file = localFile(uploadDir, path)
  await mkdir(dirname(file), { recursive: true })
  try {
    await writeFile(file, bytes, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/** Local uploads, under the same contract: a signed, expiring PUT URL (functions/local-upload.ts). */
function diskStorage(uploadDir: string, secret: string): AttachmentStorage {
  const fileOf = (path: string) => localFile(uploadDir, path)
  return {
    async createUploadTarget(path, siteOrigin) {
      const expires = Date.now() + uploadMinutes * 60_000
      const url = new URL(`/api/uploads/${path}`, siteOrigin)
      url.searchParams.set('expires', String(expires))
      url.searchParams.set('signature', uploadSignature(secret, path, expires))
      return { url: url.toString(), method: 'PUT' }
    },
    async inspect(path) {
      const file = fileOf(path)
      const size = await stat(file).then(
        (info) => info.size,
        () => undefined,
      )
      if (size === undefined) return undefined
      const handle = await open(file)
      try {
        const head = new Uint8Array(headBytes)
        const { bytesRead } = await handle.read(head, 0, headBytes, 0)
        return { size, head: head.subarray(0, bytesRead) }
      } finally {
        await handle.close()
      }
    },
    async remove(paths) {
      for (const path of paths) await rm(fileOf(path), { force: true })
    },
    async createDownloadUrl(path, siteOrigin) {
      const expires = Date.now() + downloadSeconds * 1000
      const url = new URL(`/api/downloads/${path}`, siteOrigin)
      url.searchParams.set('expires', String(expires))
      url.searchParams.set('signature', uploadSignature(secret, path, expires, 'download'))
      return url.toString()
    },
  }
}

export type SignedUse = 'upload' | 'download'

export function uploadSignature(
  secret: string,
  path: string,
  expires: number,
  use: SignedUse = 'upload',
): string {
  return createHmac('sha256', secret).update(`${use}:${path}:${expires}`).digest('base64url')
}

/** Checks a local upload URL's signature and expiry, in constant time. */
export function isValidUploadSignature(
  secret: string,
  path: string,
  expires: number,
  signature: string,
  use: SignedUse = 'upload',
): boolean {
  if (!Number.isFinite(expires) || expires < Date.now()) return false
  const expected = Buffer.from(uploadSignature(secret, path, expires, use))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
