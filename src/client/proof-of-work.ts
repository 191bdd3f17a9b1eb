// The anti-spam proof of work (ALTCHA), solved while the person fills in the form: nothing to
// see or do, so nothing in the way of anyone's access (no visual puzzle).
import { solveChallenge } from 'altcha-lib/v1'

/** The payload to send with the form, or undefined if the challenge could not be fetched. */
export async function solveProofOfWork(): Promise<string | undefined> {
  try {
    const response = await fetch('/api/challenge', { headers: { Accept: 'application/json' } })
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
    return btoa(
      JSON.stringify({
        algorithm,
        challenge: challenge.challenge,
        number: solution.number,
        salt,
        signature,
      }),
    )
  } catch {
    return undefined
  }
}
