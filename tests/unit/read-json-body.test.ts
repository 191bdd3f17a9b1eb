import { describe, expect, it } from 'vitest'
import { readJsonBody } from '../../src/server/http/read-json-body.ts'

const post = (
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => new Request('http://localhost/api/consultations', { method: 'POST', body, headers })

async function failure(request: Request) {
  const result = await readJsonBody(request, 1024)
  if (result.ok) throw new Error('expected a refusal')
  return {
    status: result.response.status,
    body: (await result.response.json()) as { error: string },
  }
}

describe('readJsonBody', () => {
  it('parses JSON, whatever the charset parameter', async () => {
    const result = await readJsonBody(
      post('{"a":1}', { 'Content-Type': 'application/json; charset=utf-8' }),
      1024,
    )
    expect(result).toEqual({ ok: true, value: { a: 1 } })
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', ''])(
    'refuses content type %j with 415',
    async (type) => {
      const { status, body } = await failure(post('{}', type ? { 'Content-Type': type } : {}))
      expect(status).toBe(415)
      expect(body.error).toContain('envoyez du JSON')
    },
  )

  it('refuses a body over the limit by its declared length', async () => {
    const { status } = await failure(
      post('{}', { 'Content-Type': 'application/json', 'Content-Length': '5000' }),
    )
    expect(status).toBe(413)
  })

  it('refuses a body over the limit while reading it, without a declared length', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++)
          controller.enqueue(new TextEncoder().encode(`"${'x'.repeat(200)}",`))
        controller.close()
      },
    })
    const request = new Request('http://localhost/', {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    const { status, body } = await failure(request)
    expect(status).toBe(413)
    expect(body.error).toBe('Requête trop volumineuse : 1 Ko au maximum.')
  })

  it('refuses invalid JSON with 400', async () => {
    const { status, body } = await failure(post('{"a":'))
    expect(status).toBe(400)
    expect(body.error).toBe('Le contenu envoyé n’est pas du JSON valide.')
  })
})
