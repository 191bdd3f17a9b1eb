import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createClient } from '@supabase/supabase-js'
import type { ServerConfig } from '../config.ts'

export const attachmentsBucket = 'consultation-attachments'

/** Where documents live: Supabase Storage in production, a folder on disk locally. */
export interface AttachmentStorage {
  remove(paths: string[]): Promise<void>
}

export function openAttachmentStorage(
  config: ServerConfig,
  fetch?: typeof globalThis.fetch,
): AttachmentStorage {
  if (config.store.kind === 'supabase') {
    const bucket = createClient(config.store.url, config.store.secretKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      ...(fetch ? { global: { fetch } } : {}),
    }).storage.from(attachmentsBucket)
    return {
      async remove(paths) {
        if (paths.length === 0) return
        const { error } = await bucket.remove(paths)
        if (error) throw new Error(`supabase storage: ${error.message}`)
      },
    }
  }
  const root = resolve(config.uploadDir)
  return {
    async remove(paths) {
      for (const path of paths) {
        const file = resolve(join(root, path))
        if (file.startsWith(`${root}/`)) await rm(file, { force: true })
      }
    },
  }
}
