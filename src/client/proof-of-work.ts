// The anti-spam proof of work (ALTCHA), solved while the person fills in the form: nothing to
// see or do, so nothing in the way of anyone's access (no visual puzzle).
import { solveChallenge } from 'altcha-lib/v1'

interface Challenge {
  algorithm: string
  challenge: string
  maxnumber: number
  salt: string
  signature: string
}

/** The payload to send with the form, or undefined if the challenge could not be fetched. */
export async function solveProofOfWork(): Promise<string | undefined> {
  try {
    const response = await fetch('/api/challenge', { headers: { Accept: 'application/json' } })
    if (!response.ok) return undefined
    const challenge = (await response.json()) as Challenge
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
