import type { ConsultationStore } from '../store/consultation-store.ts'
import type { Mailer } from './mailer.ts'
import { outboxMail } from './outbox-messages.ts'

/**
 * Sends what the outbox holds. A failure is recorded and the message comes back later (the
 * database spaces the attempts); a request already stored is never lost to a mail outage.
 */
export async function drainOutbox(
  store: ConsultationStore,
  mailer: Mailer,
  options: { siteUrl?: string | undefined; batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 }
  for (;;) {
    const messages = await store.claimOutbox(options.batch ?? 20)
    if (messages.length === 0) return counts
    for (const message of messages) {
      try {
        await mailer.send(outboxMail(message, options.siteUrl))
        await store.markOutboxSent(message.id)
        counts.sent++
      } catch (error) {
        await store.markOutboxFailed(message.id, (error as Error).message)
        counts.failed++
      }
    }
  }
}
