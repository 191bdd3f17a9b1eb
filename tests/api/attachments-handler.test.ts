import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Context } from '@netlify/functions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import attachments from '../../functions/attachments.ts'
import submitConsultation from '../../functions/consultations.ts'
import localUpload from '../../functions/local-upload.ts'
import { readConfig } from '../../src/server/config.ts'
import { purgePersonalData } from '../../src/server/maintenance.ts'
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
    new Request(`${origin}/api/tracking/attachments`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    }),
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

  it('confirms twice without harm: the same answer, the document kept', async () => {
    const token = await newRequest()
    const asked = await call(token, { fileName: 'plan.jpg', size: jpeg.byteLength })
    expect((await put(String(asked.body.uploadUrl), jpeg)).status).toBe(200)
    const first = await call(token, { confirm: asked.body.path, fileName: 'plan.jpg' })
    const second = await call(token, { confirm: asked.body.path, fileName: 'plan.jpg' })
    expect(second).toEqual(first)
    expect(second.status).toBe(201)
    await expect(readFile(join(uploadDir, String(asked.body.path)))).resolves.toBeDefined()
    expect(
      await db.sql.query('select 1 from public.attachments where storage_path = $1', [
        asked.body.path,
      ]),
    ).toHaveLength(1)
  })

  it('refuses a path that is not the exact shape issued (../), before touching storage', async () => {
    const victim = await newRequest()
    const victimAsked = await call(victim, { fileName: 'passeport.jpg', size: jpeg.byteLength })
    expect((await put(String(victimAsked.body.uploadUrl), jpeg)).status).toBe(200)
    expect((await call(victim, { confirm: victimAsked.body.path, fileName: 'p.jpg' })).status).toBe(
      201,
    )
    const attacker = await newRequest()
    const attackerAsked = await call(attacker, { fileName: 'x.jpg', size: jpeg.byteLength })
    const attackerId = String(attackerAsked.body.path).split('/')[0]
    const answer = await call(attacker, {
      confirm: `${attackerId}/../${victimAsked.body.path}`,
      fileName: 'vol.jpg',
    })
    expect(answer).toMatchObject({
      status: 400,
      body: { error: 'Ce document n’appartient pas à cette demande.' },
    })
    await expect(readFile(join(uploadDir, String(victimAsked.body.path)))).resolves.toBeDefined()
  })

  it('counts issued URLs against the limits: no eleventh URL, confirmed or not', async () => {
    const token = await newRequest()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push((await call(token, { fileName: `p${i}.pdf`, size: 1024 })).status)
    expect(statuses).toEqual([...Array(10).fill(201), 400])
    const big = await newRequest()
    const sizes: number[] = []
    for (let i = 0; i < 4; i++)
      sizes.push((await call(big, { fileName: `p${i}.pdf`, size: 10 * 1024 * 1024 })).status)
    expect(sizes).toEqual([201, 201, 201, 400])
  })

  it('rate-limits the URLs one tracking link obtains (429)', async () => {
    const token = await newRequest()
    const [row] = await db.sql.query<{ id: string }>(
      'select id from public.consultations order by created_at desc limit 1',
    )
    // Reservations that expired long ago leave room, so only the hourly limit stops this one.
    let last = 0
    for (let i = 0; i < 31; i++) {
      last = (await call(token, { fileName: `p${i}.pdf`, size: 10 })).status
      await db.sql.query(
        `update public.attachment_uploads set expires_at = now() - interval '3 hours' where consultation_id = $1`,
        [row?.id],
      )
    }
    expect(last).toBe(429)
  })

  it('never lets an upload URL overwrite a file already received (write once)', async () => {
    const token = await newRequest()
    const asked = await call(token, { fileName: 'plan.jpg', size: jpeg.byteLength })
    expect((await put(String(asked.body.uploadUrl), jpeg)).status).toBe(200)
    expect((await call(token, { confirm: asked.body.path, fileName: 'plan.jpg' })).status).toBe(201)
    const script = new TextEncoder().encode('#!/bin/sh\necho pirate')
    expect((await put(String(asked.body.uploadUrl), script)).status).toBe(409)
    expect(new Uint8Array(await readFile(join(uploadDir, String(asked.body.path))))).toEqual(jpeg)
  })

  it('shows no database message: a fault of ours is a 503, logged', async () => {
    const token = await newRequest()
    const asked = await call(token, { fileName: 'plan.jpg', size: jpeg.byteLength })
    expect((await put(String(asked.body.uploadUrl), jpeg)).status).toBe(200)
    // A constraint the input cannot reach (the name is checked first) stands for a server fault.
    await db.sql.exec(
      `alter table public.attachments add constraint test_fault check (file_name <> 'panne.jpg')`,
    )
    try {
      const answer = await call(token, { confirm: asked.body.path, fileName: 'panne.jpg' })
      expect(answer.status).toBe(503)
      expect(JSON.stringify(answer.body)).not.toMatch(/postgres|constraint|record_attachment/)
      await expect(readFile(join(uploadDir, String(asked.body.path)))).resolves.toBeDefined()
    } finally {
      await db.sql.exec('alter table public.attachments drop constraint test_fault')
    }
  })

  it('sweeps a file never confirmed once its URL expired, and keeps the deletion queued until storage confirms', async () => {
    const token = await newRequest()
    const orphan = await call(token, { fileName: 'orphelin.jpg', size: jpeg.byteLength })
    expect((await put(String(orphan.body.uploadUrl), jpeg)).status).toBe(200)
    const stuck = await call(token, { fileName: 'bloque.jpg', size: jpeg.byteLength })
    // A path storage cannot delete (a folder here): its deletion must stay queued.
    await mkdir(join(uploadDir, String(stuck.body.path)), { recursive: true })
    await db.sql.query(
      `update public.attachment_uploads set expires_at = now() - interval '2 hours' where storage_path = any($1)`,
      [[orphan.body.path, stuck.body.path]],
    )
    const config = readConfig({ ...process.env, DATABASE_URL: db.url, UPLOAD_DIR: uploadDir })
    await expect(purgePersonalData(config)).rejects.toThrow()
    const queued = () =>
      db.sql.query<{ storage_path: string }>('select storage_path from public.storage_deletions')
    // (with the reservations other tests let expire)
    expect((await queued()).map((row) => row.storage_path)).toEqual(
      expect.arrayContaining([orphan.body.path, stuck.body.path]),
    )
    await rm(join(uploadDir, String(stuck.body.path)), { recursive: true })
    expect(await purgePersonalData(config)).toBeGreaterThanOrEqual(2)
    await expect(readFile(join(uploadDir, String(orphan.body.path)))).rejects.toThrow(/ENOENT/)
    expect(await queued()).toEqual([])
    expect(
      await db.sql.query('select 1 from public.attachment_uploads where storage_path = $1', [
        orphan.body.path,
      ]),
    ).toEqual([])
  })

  it('answers an unknown token with 404', async () => {
    expect((await call('A'.repeat(43), { fileName: 'plan.pdf', size: 10 })).status).toBe(404)
  })
})
