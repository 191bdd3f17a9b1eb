import { createHmac, timingSafeEqual } from 'node:crypto'

// A vote answers "<id>.<signature>": only the browser that cast the vote can add its comment,
// and nothing is stored to make that possible (no identifier in the table).
const signature = (secret: string, id: number) =>
  createHmac('sha256', secret).update(`page-feedback:${id}`).digest('base64url').slice(0, 22)

export function followUpToken(secret: string, id: number): string {
  return `${id}.${signature(secret, id)}`
}

/** The vote's id if the token was made by this server, else undefined. */
export function followUpVoteId(secret: string, token: string): number | undefined {
  const [idText, given = ''] = token.split('.')
  const id = Number(idText)
  if (!Number.isSafeInteger(id) || id <= 0) return undefined
  const expected = Buffer.from(signature(secret, id))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : undefined
}
