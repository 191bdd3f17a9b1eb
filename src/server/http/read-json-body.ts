import { problem } from './responses.ts'

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response }

/**
 * Reads a JSON request body, refusing anything else (415), anything over `maxBytes` (413)
 * — checked on the declared length and again while reading — and invalid JSON (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return fail(
      problem(
        415,
        'Type de contenu non pris en charge : envoyez du JSON (Content-Type: application/json).',
      ),
    )
  }
  const tooLarge = () =>
    fail(problem(413, `Requête trop volumineuse : ${Math.round(maxBytes / 1024)} Ko au maximum.`))
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge()

  const text = await readCapped(request, maxBytes)
  if (text === undefined) return tooLarge()
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return fail(problem(400, 'Le contenu envoyé n’est pas du JSON valide.'))
  }
}

function fail(response: Response): BodyResult {
  return { ok: false, response }
}

/** The body as text, or undefined as soon as it exceeds `maxBytes`. */
async function readCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(read.value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
