// The supabase storage adapter, through supabase-js's own request path, against answers shaped
// like Supabase Storage's (its fetch option stands in for the network).
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../src/server/config.ts'
import { openAttachmentStorage } from '../../src/server/storage/attachment-storage.ts'

interface Recorded {
  method: string
  url: string
  headers: Headers
  body: string
}

function storageServer(answer: (request: Recorded) => Response) {
  const requests: Recorded[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const recorded = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
    }
    requests.push(recorded)
    return answer(recorded)
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}

const config = readConfig({
  SUPABASE_URL: 'https://projet.supabase.co',
  SUPABASE_SECRET_KEY: 'sb_secret_test',
  SMTP_URL: 'smtp://smtp.example.fr',
  SITE_URL: 'https://dedale.example.fr',
  FORM_SECRET: 'x'.repeat(32),
})
const path = '6f1c2b3a-0000-4000-8000-000000000001/7a2b3c4d-0000-4000-8000-000000000002.jpg'
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('supabase attachment storage', () => {
  it('asks Storage for a signed upload URL in the private bucket', async () => {
    const server = storageServer(() =>
      json({ url: `/object/upload/sign/consultation-attachments/${path}?token=jeton` }),
    )
    const target = await openAttachmentStorage(config, server.fetch).createUploadTarget(
      path,
      'https://dedale.example',
    )
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: `https://projet.supabase.co/storage/v1/object/upload/sign/consultation-attachments/${path}`,
    })
    expect(server.requests[0]?.headers.get('apikey')).toBe('sb_secret_test')
    expect(target).toEqual({
      method: 'PUT',
      url: `https://projet.supabase.co/storage/v1/object/upload/sign/consultation-attachments/${path}?token=jeton`,
    })
  })

  it('reads a stored file’s size and first bytes', async () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1,
    ])
    const server = storageServer((request) => {
      if (request.url.includes('/object/info/'))
        return json({
          id: 'f',
          name: path,
          bucket_id: 'consultation-attachments',
          size: 48213,
          version: 'v',
        })
      if (request.method === 'POST' && request.url.includes('/object/sign/'))
        return json({ signedURL: `/object/sign/consultation-attachments/${path}?token=lecture` })
      return new Response(jpeg, { status: 206 })
    })
    const stored = await openAttachmentStorage(config, server.fetch).inspect(path)
    expect(stored?.size).toBe(48213)
    expect([...(stored?.head ?? [])]).toEqual([...jpeg])
    expect(server.requests.at(-1)?.headers.get('range')).toBe('bytes=0-15')
  })

  it('answers nothing for a file that was never uploaded', async () => {
    const server = storageServer(() =>
      json({ statusCode: '404', error: 'not_found', message: 'Object not found' }, 404),
    )
    expect(await openAttachmentStorage(config, server.fetch).inspect(path)).toBeUndefined()
  })

  it('deletes files by their paths', async () => {
    const server = storageServer(() => json([{ name: path }]))
    await openAttachmentStorage(config, server.fetch).remove([path])
    expect(server.requests[0]).toMatchObject({
      method: 'DELETE',
      url: 'https://projet.supabase.co/storage/v1/object/consultation-attachments',
    })
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toEqual({ prefixes: [path] })
  })
})
