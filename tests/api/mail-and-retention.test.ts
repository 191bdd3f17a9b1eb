// The outbox through a real SMTP server (in-process), retries after a failure, and the purge.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readConfig } from '../../src/server/config.ts'
import { createMailer } from '../../src/server/mail/mailer.ts'
import { drainOutbox } from '../../src/server/mail/outbox-sender.ts'
import { purgePersonalData, sendPendingMail } from '../../src/server/maintenance.ts'
import { openStore } from '../../src/server/store/open-store.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { submitThroughSql } from '../support/submission.ts'
import { useTestDatabase } from '../support/test-database.ts'

interface Received {
  to: string[]
  data: string
}

const db = useTestDatabase()
let smtp: SMTPServer
let smtpUrl: string
const received: Received[] = []
let failNext = 0

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (failNext > 0) {
          failNext--
          return callback(
            Object.assign(new Error('Service temporairement indisponible'), { responseCode: 451 }),
          )
        }
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))
beforeEach(async () => {
  received.length = 0
  failNext = 0
  await db.sql.exec('update public.outbox set sent_at = now() where sent_at is null')
})

const smtpConfig = () => ({
  kind: 'smtp' as const,
  url: smtpUrl,
  from: 'Dédale <ne-pas-repondre@example.fr>',
})
const pending = async () =>
  Number(
    (
      await db.sql.query<{ n: string }>(
        'select count(*) as n from public.outbox where sent_at is null',
      )
    )[0]?.n,
  )

describe('the outbox sender', () => {
  it('sends the acknowledgement with the reference and the tracking link, none of the applicant’s text', async () => {
    const { reference } = await submitThroughSql(
      db.sql,
      validConsultation({ lastName: 'Courriel' }),
    )
    const store = openStore({ kind: 'postgres', databaseUrl: db.url })
    try {
      expect(await drainOutbox(store, createMailer(smtpConfig()))).toEqual({ sent: 1, failed: 0 })
    } finally {
      await store.close()
    }
    expect(received).toHaveLength(1)
    expect(received[0]?.to).toEqual(['camille.martin@example.fr'])
    const mail = received[0]?.data ?? ''
    expect(mail).toContain(reference)
    expect(mail).toContain('http://localhost/suivi/#jeton')
    // Anyone may type any address: the mail must not carry text the sender chose.
    expect(mail).not.toContain('Courriel')
    expect(mail).not.toContain('Remplacement des')
    expect(mail).not.toContain('Saint-Jean')
    expect(await pending()).toBe(0)
    // Once sent, the link and the answers leave the database.
    const [row] = await db.sql.query<{ payload: object }>(
      `select o.payload from public.outbox o join public.consultations c on c.id = o.consultation_id where c.reference = $1`,
      [reference],
    )
    expect(row?.payload).toEqual({ reference })
  })

  it('keeps a mail the SMTP server refused and sends it at the next attempt', async () => {
    await submitThroughSql(db.sql)
    failNext = 1
    const store = openStore({ kind: 'postgres', databaseUrl: db.url })
    try {
      expect(await drainOutbox(store, createMailer(smtpConfig()))).toEqual({ sent: 0, failed: 1 })
      expect(await pending()).toBe(1)
      const [failed] = await db.sql.query<{ last_error: string; attempts: number }>(
        'select last_error, attempts from public.outbox where sent_at is null',
      )
      expect(failed?.attempts).toBe(1)
      expect(failed?.last_error).toContain('451')
      // The next attempt is due later: make it due now, as time would.
      await db.sql.exec('update public.outbox set next_attempt_at = now() where sent_at is null')
      expect(await drainOutbox(store, createMailer(smtpConfig()))).toEqual({ sent: 1, failed: 0 })
    } finally {
      await store.close()
    }
    expect(received).toHaveLength(1)
  })

  it('notifies the applicant when an agent answers', async () => {
    const { reference } = await submitThroughSql(db.sql)
    await db.sql.exec(`update public.outbox set sent_at = now() where sent_at is null`)
    await db.sql.query(`update public.consultations set status = 'en_cours' where reference = $1`, [
      reference,
    ])
    await db.sql.query(
      `update public.consultations set answer_text = 'Vous pouvez déposer votre déclaration préalable.' where reference = $1`,
      [reference],
    )
    await db.sql.query(`update public.consultations set status = 'repondue' where reference = $1`, [
      reference,
    ])
    await sendPendingMail(readConfig({ ...process.env, DATABASE_URL: db.url, SMTP_URL: smtpUrl }))
    const answer = received.find((mail) => mail.data.includes('Vous pouvez d'))
    expect(answer?.to).toEqual(['camille.martin@example.fr'])
    // One mail when the request went under examination, one with the answer.
    expect(received.map((mail) => mail.to[0])).toEqual([
      'camille.martin@example.fr',
      'camille.martin@example.fr',
    ])
    expect(received.some((mail) => mail.data.includes(reference))).toBe(true)
  })

  it('writes mails as .eml files when no SMTP server is configured', async () => {
    const dir = join('.data', `test-mail-${process.pid}`)
    await rm(dir, { recursive: true, force: true })
    await submitThroughSql(db.sql)
    await sendPendingMail(readConfig({ ...process.env, DATABASE_URL: db.url, MAIL_DIR: dir }))
    const files = await readdir(dir)
    expect(files).toHaveLength(1)
    expect(await readFile(join(dir, files[0] ?? ''), 'utf8')).toContain(
      'To: camille.martin@example.fr',
    )
    await rm(dir, { recursive: true, force: true })
  })
})

describe('the retention purge', () => {
  it('empties expired personal data and deletes the documents’ files', async () => {
    const uploadDir = join('.data', `test-uploads-${process.pid}`)
    const { reference } = await submitThroughSql(db.sql, validConsultation({ lastName: 'Purgee' }))
    const [row] = await db.sql.query<{ id: string; tracking_token_hash: Buffer }>(
      'select id, tracking_token_hash from public.consultations where reference = $1',
      [reference],
    )
    const path = `${row?.id}/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.jpg`
    await mkdir(join(uploadDir, row?.id ?? ''), { recursive: true })
    await writeFile(join(uploadDir, path), 'photo')
    await db.sql.query(
      `select public.reserve_attachment_upload($1, $2, 5, now() + interval '15 minutes')`,
      [row?.tracking_token_hash, path],
    )
    await db.sql.query(`select public.record_attachment($1, $2, 'facade.jpg', 5, 'image/jpeg')`, [
      row?.tracking_token_hash,
      path,
    ])
    await db.sql.query(
      `update public.consultations set purge_after = now() - interval '1 day' where reference = $1`,
      [reference],
    )

    expect(
      await purgePersonalData(
        readConfig({ ...process.env, DATABASE_URL: db.url, UPLOAD_DIR: uploadDir }),
      ),
    ).toBe(1)
    await expect(readFile(join(uploadDir, path))).rejects.toThrow(/ENOENT/)
    // The deletion was recorded first, and leaves the queue once storage confirmed it.
    expect(await db.sql.query('select storage_path from public.storage_deletions')).toEqual([])
    const [after] = await db.sql.query<{ last_name: string | null; commune: string }>(
      'select last_name, commune from public.consultations where reference = $1',
      [reference],
    )
    expect(after).toEqual({ last_name: null, commune: 'Lyon' })
    await rm(uploadDir, { recursive: true, force: true })
  })
})
