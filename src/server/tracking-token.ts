import { createHash, randomBytes } from 'node:crypto'

/** An applicant's tracking secret: 256 random bits, URL-safe; only its SHA-256 is stored. */
export function createTrackingToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashTrackingToken(token) }
}

export function hashTrackingToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/** The tracking page reads the token from the fragment, which browsers never send to a server. */
export function trackingUrl(siteUrl: string, token: string): string {
  return new URL(`/suivi/#${token}`, siteUrl).toString()
}
