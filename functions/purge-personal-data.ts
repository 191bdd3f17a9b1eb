import type { Config } from '@netlify/functions'
import { readConfig } from '../src/server/config.ts'
import { purgePersonalData } from '../src/server/maintenance.ts'

/** Daily in production: the retention purge (personal data 12 months after closing, 24 at most). */
export default async (): Promise<void> => {
  const files = await purgePersonalData(readConfig())
  console.log(`purge-personal-data: done, ${files} files deleted`)
}

export const config: Config = { schedule: '@daily' }
