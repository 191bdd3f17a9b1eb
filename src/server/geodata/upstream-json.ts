// One GET to an upstream geodata service, with a deadline, read as JSON and checked by a zod
// schema. Every way it can go wrong becomes an UpstreamError saying which.
import type { z } from 'zod'

export type UpstreamFailure = 'timeout' | 'unavailable' | 'malformed'

export class UpstreamError extends Error {
  override name = 'UpstreamError'
  readonly failure: UpstreamFailure
  readonly url: string

  constructor(failure: UpstreamFailure, url: string, detail: string) {
    super(`${failure} from ${url}: ${detail}`)
    this.failure = failure
    this.url = url
  }
}

/** Answers larger than this are not what we asked for (a point's servitudes are a few kB). */
const maxBytes = 2 * 1024 * 1024

export async function getUpstreamJson<T extends z.ZodType>(
  url: URL,
  schema: T,
  signal: AbortSignal,
): Promise<z.output<T>> {
  const where = `${url.origin}${url.pathname}`
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal })
  } catch (error) {
    if (signal.aborted) throw new UpstreamError('timeout', where, 'no answer in time')
    throw new UpstreamError('unavailable', where, (error as Error).message)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new UpstreamError('unavailable', where, `HTTP ${response.status}`)
  }
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (signal.aborted) throw new UpstreamError('timeout', where, 'answer cut by the deadline')
    throw new UpstreamError('unavailable', where, (error as Error).message)
  }
  if (text.length > maxBytes) throw new UpstreamError('malformed', where, 'answer too large')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new UpstreamError('malformed', where, 'not JSON')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new UpstreamError(
      'malformed',
      where,
      parsed.error.issues[0]?.message ?? 'unexpected shape',
    )
  }
  return parsed.data
}
