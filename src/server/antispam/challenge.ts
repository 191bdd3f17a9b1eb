import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createChallenge as createAltcha, extractParams, verifySolution } from 'altcha-lib/v1'
import { challengeMinimumSeconds as minimumSeconds } from '../../domain/antispam-fields.ts'

// A person takes more than 3 seconds to fill in the form, or to check it before confirming; a
// bot posting at once does not.
const lifetimeMinutes = 60
// About 50,000 SHA-256 hashes on average: well under a second on a phone, costly for a spammer.
const maxNumber = 100_000

/**
 * An ALTCHA proof-of-work challenge (no puzzle to see: the browser solves it) that also carries,
 * signed, the time the form was shown: one token for the proof of work and the time-trap.
 */
export function createChallenge(secret: string, now = new Date()) {
  return createAltcha({
    hmacKey: secret,
    maxNumber,
    expires: new Date(now.getTime() + lifetimeMinutes * 60_000),
    params: { shown: String(now.getTime()) },
  })
}

/** `expired`: a genuine challenge past its lifetime (the form fetches a fresh one and resends). */
export type ChallengeVerdict = 'ok' | 'missing' | 'invalid' | 'too_fast' | 'expired'

/** A verified token, to spend once (its hash is recorded until it expires). */
export interface SpendableToken {
  hash: Buffer
  expiresAt: Date
}

export async function verifyChallenge(
  payload: unknown,
  secret: string,
  now = new Date(),
): Promise<{ verdict: ChallengeVerdict; token?: SpendableToken }> {
  if (typeof payload !== 'string' || payload === '') return { verdict: 'missing' }
  try {
    if (!(await verifySolution(payload, secret, false))) return { verdict: 'invalid' }
    const params = extractParams(payload)
    if (!(Number(params.expires) * 1000 >= now.getTime())) return { verdict: 'expired' }
    const shown = Number(params.shown)
    if (now.getTime() - shown < minimumSeconds * 1000) return { verdict: 'too_fast' }
    return { verdict: 'ok', token: spendable(payload, shown) }
  } catch {
    return { verdict: 'invalid' }
  }
}

/**
 * The no-JavaScript path's token: a static page cannot fetch a challenge, so the server issues
 * this one on the confirmation page it answers to a first form post (issue time, nonce, HMAC).
 */
export function createTimeTrapToken(secret: string, now = new Date()): string {
  const body = `${now.getTime()}.${randomBytes(16).toString('base64url')}`
  return `${body}.${timeTrapSignature(secret, body)}`
}

export function verifyTimeTrapToken(
  token: unknown,
  secret: string,
  now = new Date(),
): { verdict: ChallengeVerdict; token?: SpendableToken } {
  if (typeof token !== 'string' || token === '') return { verdict: 'missing' }
  const [issued, nonce, signature, ...rest] = token.split('.')
  if (!issued || !nonce || !signature || rest.length > 0) return { verdict: 'invalid' }
  const expected = Buffer.from(timeTrapSignature(secret, `${issued}.${nonce}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { verdict: 'invalid' }
  const shown = Number(issued)
  const age = now.getTime() - shown
  if (!Number.isFinite(shown) || age > lifetimeMinutes * 60_000) return { verdict: 'invalid' }
  if (age < minimumSeconds * 1000) return { verdict: 'too_fast' }
  return { verdict: 'ok', token: spendable(token, shown) }
}

function timeTrapSignature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`time-trap:${body}`).digest('base64url')
}

function spendable(token: string, shown: number): SpendableToken {
  return {
    hash: createHash('sha256').update(token).digest(),
    expiresAt: new Date(shown + lifetimeMinutes * 60_000),
  }
}
