import { z } from 'zod'

/** Server configuration, read from the environment once per call and validated at the boundary. */
const environmentSchema = z.object({
  // postgres adapter: a PostgreSQL connection string (the embedded database, a server, Supabase direct).
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // supabase adapter (production): the project URL and a secret key (sb_secret_…), never a publishable one.
  SUPABASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SUPABASE_SECRET_KEY: z.string().min(1).optional(),
})

export type StoreConfig =
  | { kind: 'postgres'; databaseUrl: string }
  | { kind: 'supabase'; url: string; secretKey: string }

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function readStoreConfig(
  env: Record<string, string | undefined> = process.env,
): StoreConfig {
  const parsed = environmentSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(
      `Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`,
    )
  }
  const { DATABASE_URL, SUPABASE_URL, SUPABASE_SECRET_KEY } = parsed.data
  const supabase = SUPABASE_URL !== undefined || SUPABASE_SECRET_KEY !== undefined
  if (supabase && DATABASE_URL) {
    throw new ConfigError(
      'Set either DATABASE_URL (postgres store) or SUPABASE_URL + SUPABASE_SECRET_KEY (supabase store), not both.',
    )
  }
  if (supabase) {
    if (!SUPABASE_URL || !SUPABASE_SECRET_KEY) {
      throw new ConfigError('The supabase store needs both SUPABASE_URL and SUPABASE_SECRET_KEY.')
    }
    return { kind: 'supabase', url: SUPABASE_URL, secretKey: SUPABASE_SECRET_KEY }
  }
  if (DATABASE_URL) return { kind: 'postgres', databaseUrl: DATABASE_URL }
  throw new ConfigError(
    'No store configured: run `npm start` (embedded database), or set DATABASE_URL, or SUPABASE_URL + SUPABASE_SECRET_KEY.',
  )
}
