import { createHash, createHmac, randomBytes } from 'node:crypto'

/**
 * An applicant's tracking secret: 256 bits, URL-safe; only its SHA-256 is stored. With an
 * Idempotency-Key, it is derived from the key and the server's secret, so that a resent request
 * gets the very same link back without the link ever being stored.
 */
export function createTrackingToken(
  secret: string,
  idempotencyKey?: string,
): { token: string; hash: Buffer } {
  const token = idempotencyKey
    ? createHmac('sha256', secret).update(`tracking:${idempotencyKey}`).digest('base64url')
    : randomBytes(32).toString('base64url')
  return { token, hash: hashTrackingToken(token) }
}

export function hashTrackingToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/** The tracking page reads the token from the fragment, which browsers never send to a server. */
export function trackingUrl(siteUrl: string, token: string): string {
  return new URL(`/suivi/#${token}`, siteUrl).toString()
}
