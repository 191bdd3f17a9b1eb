import { createChallenge as createAltcha, extractParams, verifySolution } from 'altcha-lib/v1'

// A person takes more than 3 seconds to fill in the form; a bot posting at once does not.
const minimumSeconds = 3
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

export type ChallengeVerdict = 'ok' | 'missing' | 'invalid' | 'too_fast'

export async function verifyChallenge(
  payload: unknown,
  secret: string,
  now = new Date(),
): Promise<ChallengeVerdict> {
  if (typeof payload !== 'string' || payload === '') return 'missing'
  try {
    if (!(await verifySolution(payload, secret, true))) return 'invalid'
    const shown = Number(extractParams(payload).shown)
    return now.getTime() - shown < minimumSeconds * 1000 ? 'too_fast' : 'ok'
  } catch {
    return 'invalid'
  }
}
