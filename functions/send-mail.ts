import type { Config } from '@netlify/functions'
import { readConfig } from '../src/server/config.ts'
import { sendPendingMail } from '../src/server/maintenance.ts'

/** Every minute in production: sends the outbox (Netlify runs schedules only once deployed). */
export default async (): Promise<void> => {
  const { sent, failed } = await sendPendingMail(readConfig())
  if (sent || failed) console.log(`send-mail: ${sent} sent, ${failed} failed (retried later)`)
}

export const config: Config = { schedule: '* * * * *' }
