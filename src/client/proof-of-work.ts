// The anti-spam proof of work (ALTCHA), solved while the person fills in the form: nothing to
// see or do, so nothing in the way of anyone's access (no visual puzzle). A challenge expires
// (its lifetime is in its salt): the form asks for a fresh one rather than let a slow person
// fail (RGAA 13.1).
import { solveChallenge } from 'altcha-lib/v1'
import { challengeMinimumSeconds } from '../domain/antispam-fields.ts'

/** A solved challenge: the payload to send, and when it stops being accepted. */
export interface SolvedProof {
  payload: string
  /** Milliseconds since the epoch; undefined if the challenge says nothing. */
  expiresAt: number | undefined
  /** When the server issued it: it refuses it for the first seconds (time-trap). */
  shownAt: number | undefined
}

// A proof that expires within this margin is replaced before sending: sending takes time too.
const expiryMarginMs = 5 * 60_000

/** The solved challenge, or undefined if it could not be fetched. */
export async function solveProofOfWork(): Promise<SolvedProof | undefined> {
  try {
    const response = await fetch('/api/challenge', {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    })
    if (!response.ok) return undefined
    const { challengeAnswer } = await import('./api-answers.ts')
    const parsed = challengeAnswer.safeParse(await response.json())
    if (!parsed.success) return undefined
    const challenge = parsed.data
    const solution = await solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    ).promise
    if (!solution) return undefined
    const { algorithm, salt, signature } = challenge
    const params = new URLSearchParams(salt.split('?')[1] ?? '')
    const time = (value: string | null) =>
      value && Number.isFinite(Number(value)) ? Number(value) : undefined
    const expires = time(params.get('expires'))
    return {
      payload: btoa(
        JSON.stringify({
          algorithm,
          challenge: challenge.challenge,
          number: solution.number,
          salt,
          signature,
        }),
      ),
      expiresAt: expires === undefined ? undefined : expires * 1000,
      shownAt: time(params.get('shown')),
    }
  } catch {
    return undefined
  }
}

/** Whether the proof can still be sent now (not expired, nor about to). */
export function stillValid(proof: SolvedProof, now = Date.now()): boolean {
  return proof.expiresAt === undefined || proof.expiresAt - now > expiryMarginMs
}

/**
 * Waits, if needed, until a freshly fetched proof is past the server's time-trap (a second more
 * for the clocks' difference, at most the time-trap itself).
 */
export async function pastTimeTrap(proof: SolvedProof, now = Date.now()): Promise<void> {
  if (proof.shownAt === undefined) return
  const trap = (challengeMinimumSeconds + 1) * 1000
  const wait = Math.min(trap, proof.shownAt + trap - now)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
