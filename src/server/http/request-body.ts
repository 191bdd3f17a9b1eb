import { problem } from './responses.ts'

export type BodyKind = 'json' | 'form'
export type BodyResult =
  | { ok: true; kind: 'json'; value: unknown; bytes: Uint8Array }
  | { ok: true; kind: 'form'; value: [string, FormDataEntryValue][]; bytes: Uint8Array }
  | { ok: false; response: Response }

const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/**
 * Reads a request body, capped before parsing: JSON, or a classic form post (a page without
 * JavaScript). Anything else is 415, anything over `maxBytes` 413 (checked on the declared
 * length and again while reading), invalid JSON 400.
 */
export async function readRequestBody(
  request: Request,
  maxBytes: number,
  accept: BodyKind[] = ['json'],
): Promise<BodyResult> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  const kind: BodyKind | undefined =
    type === 'application/json' ? 'json' : formTypes.has(type) ? 'form' : undefined
  if (!kind || !accept.includes(kind)) {
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

  const bytes = await readCapped(request, maxBytes)
  if (bytes === undefined) return tooLarge()
  if (kind === 'form') {
    try {
      const form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { 'Content-Type': request.headers.get('content-type') ?? type },
      }).formData()
      return { ok: true, kind, value: [...form], bytes }
    } catch {
      return fail(problem(400, 'Le formulaire envoyé est illisible.'))
    }
  }
  try {
    return { ok: true, kind, value: JSON.parse(new TextDecoder().decode(bytes)), bytes }
  } catch {
    return fail(problem(400, 'Le contenu envoyé n’est pas du JSON valide.'))
  }
}

function fail(response: Response): BodyResult {
  return { ok: false, response }
}

/** The body's bytes, or undefined as soon as they exceed `maxBytes`. */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array()
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
  return Buffer.concat(chunks)
}
