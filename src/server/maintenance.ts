import type { ServerConfig } from './config.ts'
import { createMailer } from './mail/mailer.ts'
import { drainOutbox } from './mail/outbox-sender.ts'
import { openAttachmentStorage } from './storage/attachment-storage.ts'
import { withStore } from './store/open-store.ts'

/** Sends the pending emails (a scheduled function in production, a timer of `npm start` locally). */
export function sendPendingMail(config: ServerConfig) {
  return withStore(config.store, (store) =>
    drainOutbox(store, createMailer(config.mail), { siteUrl: config.siteUrl }),
  )
}

/** RGPD retention: empties expired personal data, then deletes the documents' files. */
export async function purgePersonalData(config: ServerConfig): Promise<number> {
  const paths = await withStore(config.store, (store) => store.purgeExpiredPersonalData())
  await openAttachmentStorage(config).remove(paths)
  return paths.length
}
