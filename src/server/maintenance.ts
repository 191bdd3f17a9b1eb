import type { ServerConfig } from './config.ts'
import { createMailer } from './mail/mailer.ts'
import { drainOutbox } from './mail/outbox-sender.ts'
import { openAttachmentStorage } from './storage/attachment-storage.ts'
import { withStore } from './store/open-store.ts'

/** Sends the pending emails (a scheduled function in production, a timer of `npm start` locally). */
export function sendPendingMail(config: ServerConfig) {
  return withStore(config.store, (store) =>
    drainOutbox(store, createMailer(config.mail), { siteUrl: config.siteOrigin }),
  )
}

// Files removed from storage per batch of the deletion queue.
const deletionBatch = 100

/**
 * RGPD retention: empties expired personal data, then deletes files. Every file to delete is a
 * row of `storage_deletions` first (the purged documents, and uploads never confirmed an hour
 * after their URL expired); a row leaves the queue only once storage confirmed the deletion, so a
 * storage failure is retried at the next run. Answers the number of files deleted.
 */
export async function purgePersonalData(config: ServerConfig): Promise<number> {
  const storage = openAttachmentStorage(config)
  return withStore(config.store, async (store) => {
    await store.purgeExpiredPersonalData()
    let deleted = 0
    for (;;) {
      const paths = await store.pendingStorageDeletions(deletionBatch)
      if (paths.length === 0) return deleted
      await storage.remove(paths)
      await store.confirmStorageDeletions(paths)
      deleted += paths.length
      if (paths.length < deletionBatch) return deleted
    }
  })
}
