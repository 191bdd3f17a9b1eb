import { createHmac } from 'node:crypto'
import type { ConsultationStore } from '../store/consultation-store.ts'

/** Submission limits, counted in the database so that they hold locally and across instances. */
export const submissionLimits = [
  { bucket: 'submit_ip', windowSeconds: 3600, maxHits: 10 },
  { bucket: 'submit_email', windowSeconds: 86_400, maxHits: 5 },
] as const

export const feedbackLimit = { bucket: 'feedback_ip', windowSeconds: 3600, maxHits: 30 } as const

/** Keys are salted hashes: an IP address or an email never reaches the rate-limit table. */
export function limitKey(secret: string, value: string): Buffer {
  return createHmac('sha256', secret).update(`rate-limit:${value}`).digest()
}

// Providers known to ignore dots in the local part (so "j.ean@" and "jean@" are one mailbox).
const dotlessDomains: Record<string, string> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
}

/**
 * The mailbox an address reaches, for the per-email limit: lower case, without a "+tag" (which
 * most providers deliver to the same mailbox), without dots where the provider ignores them.
 */
export function emailLimitValue(email: string): string {
  const at = email.lastIndexOf('@')
  const domain = email.slice(at + 1).toLowerCase()
  let local = email.slice(0, at).toLowerCase().split('+')[0] ?? ''
  const canonical = dotlessDomains[domain]
  if (canonical) local = local.replaceAll('.', '')
  return `${local}@${canonical ?? domain}`
}

/** Counts the request against each limit; answers 0 when allowed, else the seconds to wait. */
export async function checkLimits(
  store: ConsultationStore,
  secret: string,
  hits: { limit: { bucket: string; windowSeconds: number; maxHits: number }; value: string }[],
): Promise<number> {
  let wait = 0
  for (const { limit, value } of hits) {
    wait = Math.max(
      wait,
      await store.hitRateLimit(
        limit.bucket,
        limitKey(secret, value),
        limit.windowSeconds,
        limit.maxHits,
      ),
    )
  }
  return wait
}
