import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import type { MailConfig } from '../config.ts'

export interface MailMessage {
  to: string
  subject: string
  text: string
}

export interface Mailer {
  readonly kind: MailConfig['kind']
  send(message: MailMessage): Promise<void>
}

/** SMTP (SMTP_URL) in production; without it, each mail is written as an .eml file to read locally. */
export function createMailer(config: MailConfig): Mailer {
  if (config.kind === 'smtp') {
    const transport = nodemailer.createTransport(config.url)
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail({ from: config.from, ...message })
      },
    }
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  })
  return {
    kind: 'files',
    async send(message) {
      const info = await transport.sendMail({ from: config.from, ...message })
      await mkdir(config.dir, { recursive: true })
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`
      await writeFile(join(config.dir, name), info.message as Buffer)
    },
  }
}
