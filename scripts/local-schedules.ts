import { readConfig } from '../src/server/config.ts'
import { purgePersonalData, sendPendingMail } from '../src/server/maintenance.ts'

/**
 * What Netlify's schedules do in production, for `npm start`: the emulator runs no schedule and
 * keeps no state, so the long-lived local process sends mail every few seconds and purges daily.
 */
export function startLocalSchedules(env: Record<string, string>, mailEverySeconds = 5): () => void {
  const config = readConfig({ ...process.env, ...env })
  const run = (name: string, job: () => Promise<unknown>) => () => {
    job().catch((error: Error) => console.error(`${name}: ${error.message}`))
  }
  const sendMail = run('send-mail', () => sendPendingMail(config))
  const purge = run('purge-personal-data', () => purgePersonalData(config))
  const timers = [
    setInterval(sendMail, mailEverySeconds * 1000),
    setInterval(purge, 24 * 3600 * 1000),
  ]
  purge()
  return () => {
    for (const timer of timers) clearInterval(timer)
  }
}
