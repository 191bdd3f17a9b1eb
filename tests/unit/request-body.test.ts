import { describe, expect, it } from 'vitest'
import { readRequestBody } from '../../src/server/http/request-body.ts'

const post = (
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => new Request('http://localhost/api/consultations', { method: 'POST', body, headers })

async function failure(request: Request) {
  const result = await readRequestBody(request, 1024, ['json', 'form'])
  if (result.ok) throw new Error('expected a refusal')
  return {
    status: result.response.status,
    body: (await result.response.json()) as { error: string },
  }
}

describe('readRequestBody', () => {
  it('parses JSON, whatever the charset parameter', async () => {
    const result = await readRequestBody(
      post('{"a":1}', { 'Content-Type': 'application/json; charset=utf-8' }),
      1024,
    )
    expect(result).toMatchObject({ ok: true, kind: 'json', value: { a: 1 } })
  })

  it('parses a classic form post, repeated fields included', async () => {
    const body = new URLSearchParams([
      ['worksTypes', 'toiture'],
      ['worksTypes', 'piscine'],
      ['commune', 'Lyon'],
    ])
    const result = await readRequestBody(
      post(body, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      1024,
      ['form'],
    )
    expect(result).toMatchObject({
      ok: true,
      kind: 'form',
      value: [
        ['worksTypes', 'toiture'],
        ['worksTypes', 'piscine'],
        ['commune', 'Lyon'],
      ],
    })
  })

  it('parses a multipart form post', async () => {
    const form = new FormData()
    form.append('commune', 'Lyon')
    const result = await readRequestBody(
      new Request('http://localhost/', { method: 'POST', body: form }),
      1024,
      ['form'],
    )
    expect(result).toMatchObject({ ok: true, kind: 'form', value: [['commune', 'Lyon']] })
  })

  it('refuses a form where only JSON is accepted', async () => {
    const result = await readRequestBody(
      post('a=1', { 'Content-Type': 'application/x-www-form-urlencoded' }),
      1024,
      ['json'],
    )
    expect(result.ok ? 0 : result.response.status).toBe(415)
  })

  it.each(['text/plain', 'application/xml', ''])(
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
