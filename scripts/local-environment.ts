import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ConfigError, readConfig } from '../src/server/config.ts'
import { type EmbeddedDatabase, spawnEmbeddedDatabase } from './database/spawn-embedded-database.ts'

export interface LocalEnvironment {
  /** Variables to hand to the functions, on top of process.env. */
  env: Record<string, string>
  database: EmbeddedDatabase | undefined
}

/**
 * The embedded defaults of `npm start` and `npm run dev`: the PGlite database unless a store is
 * configured, a form secret kept in .data/, anti-spam off with the embedded database (so that the
 * README's curl example works) unless ANTISPAM says otherwise. Exits with the variable's name if
 * the configuration is wrong.
 */
export async function prepareLocalEnvironment(dataDir: string): Promise<LocalEnvironment> {
  const configured = Boolean(process.env.DATABASE_URL || process.env.SUPABASE_URL)
  const env: Record<string, string> = {
    FORM_SECRET: process.env.FORM_SECRET ?? (await localSecret(`${dataDir}.form-secret`)),
  }
  // The agents' workspace signs in with the local issuer; never next to Supabase (readConfig refuses it).
  if (!process.env.SUPABASE_URL)
    env.AGENT_JWT_SECRET =
      process.env.AGENT_JWT_SECRET ?? (await localSecret(`${dataDir}.agent-secret`))
  if (!configured && !process.env.ANTISPAM) {
    env.ANTISPAM = 'off'
    console.log('Anti-spam is off for local use (ANTISPAM=on to try it).')
  }
  try {
    readConfig({
      ...process.env,
      ...env,
      ...(configured ? {} : { DATABASE_URL: 'postgres://localhost/check' }),
    })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(2)
  }
  if (configured) return { env, database: undefined }
  const database = await spawnEmbeddedDatabase({ dataDir })
  console.log(`Embedded database (PGlite) ready, data in ${dataDir}`)
  return { env: { ...env, DATABASE_URL: database.databaseUrl }, database }
}

async function localSecret(file: string): Promise<string> {
  const existing = await readFile(file, 'utf8').catch(() => '')
  if (existing.length >= 32) return existing
  const secret = randomBytes(32).toString('base64url')
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}
