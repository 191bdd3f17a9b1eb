import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Context } from '@netlify/functions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import attachments from '../../functions/attachments.ts'
import submitConsultation from '../../functions/consultations.ts'
import localUpload from '../../functions/local-upload.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
const uploadDir = join('.data', `test-uploads-${process.pid}`)
beforeAll(() => {
  process.env.UPLOAD_DIR = uploadDir
})
afterAll(() => rm(uploadDir, { recursive: true, force: true }))

const origin = 'http://localhost:8888'
const jpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1,
])

async function newRequest(): Promise<string> {
  const response = await submitConsultation(
    new Request(`${origin}/api/consultations`, {
      method: 'POST',
      body: JSON.stringify(validConsultation()),
      headers: { 'Content-Type': 'application/json' },
    }),
  )
  return ((await response.json()) as { trackingUrl: string }).trackingUrl.split('#')[1] ?? ''
}

async function call(token: string, body: unknown) {
  const response = await attachments(
    new Request(`${origin}/api/consultations/${token}/attachments`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    }),
    { params: { token } } as unknown as Context,
  )
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function put(uploadUrl: string, bytes: Uint8Array) {
  const url = new URL(uploadUrl)
  const [, , , request, file] = url.pathname.split('/')
  return localUpload(new Request(url, { method: 'PUT', body: bytes as Uint8Array<ArrayBuffer> }), {
    params: { request, file },
  } as unknown as Context)
}

/** The whole path of one document: ask, upload, confirm. */
async function send(token: string, fileName: string, bytes: Uint8Array) {
  const asked = await call(token, { fileName, size: bytes.byteLength, mimeType: '' })
  if (asked.status !== 201) return asked
  expect((await put(String(asked.body.uploadUrl), bytes)).status).toBe(200)
  return call(token, { confirm: asked.body.path, fileName })
}

describe('attachments', () => {
  it('takes a photo: a signed upload URL, then a confirmation that checks the file', async () => {
    const token = await newRequest()
    const asked = await call(token, {
      fileName: 'façade.jpg',
      size: jpeg.byteLength,
      mimeType: 'image/jpeg',
    })
    expect(asked.status).toBe(201)
    expect(asked.body).toMatchObject({
      method: 'PUT',
      path: expect.stringMatching(/^[0-9a-f-]{36}\/[0-9a-f-]{36}\.jpg$/),
    })
    expect(String(asked.body.uploadUrl)).toMatch(
      /^http:\/\/localhost:8888\/api\/uploads\/.+\?expires=\d+&signature=/,
    )

    expect((await put(String(asked.body.uploadUrl), jpeg)).status).toBe(200)
    expect(await call(token, { confirm: asked.body.path, fileName: 'façade.jpg' })).toEqual({
      status: 201,
      body: { recorded: true, count: 1, totalBytes: jpeg.byteLength },
    })
    const [row] = await db.sql.query<{ mime_type: string; file_name: string }>(
      'select mime_type, file_name from public.attachments',
    )
    expect(row).toEqual({ mime_type: 'image/jpeg', file_name: 'façade.jpg' })
  })

  it('refuses and deletes a file whose content is not what its name says', async () => {
    const token = await newRequest()
    const before = await readdir(uploadDir, { recursive: true })
    const answer = await send(
      token,
      'photo.jpg',
      new TextEncoder().encode('#!/bin/sh\necho pirate'),
    )
    expect(answer).toMatchObject({
      status: 400,
      body: { error: 'Ce fichier n’est ni une photo ni un PDF : il a été refusé.' },
    })
    expect(
      (await readdir(uploadDir, { recursive: true })).filter((entry) => entry.includes('.')),
    ).toEqual(before.filter((entry) => entry.includes('.')))
  })

  it.each([
    [{ fileName: 'archive.zip', size: 100 }, 'fileName'],
    [{ fileName: 'plan.pdf', size: 11 * 1024 * 1024 }, 'size'],
    [{ fileName: 'plan.pdf', size: 0 }, 'size'],
    [{ fileName: 'plan.pdf', size: 100, mimeType: 'application/zip' }, 'mimeType'],
  ])('refuses %j before any upload', async (file, field) => {
    const answer = await call(await newRequest(), file)
    expect(answer.status).toBe(400)
    expect((answer.body.errors as { field: string }[])[0]?.field).toBe(field)
  })

  it('takes 10 documents, not an eleventh', async () => {
    const token = await newRequest()
    for (let i = 0; i < 10; i++)
      expect((await send(token, `photo-${i}.jpg`, jpeg)).status).toBe(201)
    expect(await call(token, { fileName: 'photo-11.jpg', size: jpeg.byteLength })).toMatchObject({
      status: 400,
      body: { error: '10 documents au plus par demande.' },
    })
  })

  it('refuses a tampered or expired upload URL', async () => {
    const token = await newRequest()
    const asked = await call(token, { fileName: 'plan.pdf', size: 10 })
    const tampered = String(asked.body.uploadUrl).replace(/signature=[^&]+/, 'signature=faux')
    expect((await put(tampered, jpeg)).status).toBe(403)
    const expired = String(asked.body.uploadUrl).replace(/expires=\d+/, 'expires=1000')
    expect((await put(expired, jpeg)).status).toBe(403)
  })

  it('refuses to confirm a file of another request', async () => {
    const mine = await newRequest()
    const other = await newRequest()
    const asked = await call(other, { fileName: 'plan.pdf', size: 10 })
    expect(
      (await call(mine, { confirm: asked.body.path, fileName: 'plan.pdf' })).body,
    ).toMatchObject({
      error: 'Ce document n’appartient pas à cette demande.',
    })
  })

  it('answers an unknown token with 404', async () => {
    expect((await call('A'.repeat(43), { fileName: 'plan.pdf', size: 10 })).status).toBe(404)
  })
})
