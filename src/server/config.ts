import { z } from 'zod'

/** Every environment variable the server reads, validated at the boundary (see docs/configuration.md). */
const environmentSchema = z.object({
  // postgres store: a PostgreSQL connection string (the embedded database, a server, Supabase direct).
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // supabase store (production): the project URL and a secret key (sb_secret_…), never a publishable one.
  SUPABASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SUPABASE_SECRET_KEY: z.string().min(1).optional(),
  // The agents' workspace in production: Supabase Auth and PostgREST under the agent's own JWT.
  SUPABASE_PUBLISHABLE_KEY: z.string().min(1).optional(),
  // The agents' workspace locally (npm start, tests): the local issuer's HS256 secret. Refused with SUPABASE_URL.
  AGENT_JWT_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  // Signs the anti-spam challenges and derives tracking links: 32 characters at least.
  FORM_SECRET: z.string().min(32, 'must be at least 32 characters long'),
  // "off" disables honeypot, time-trap, proof of work and rate limits (local development, tests).
  ANTISPAM: z.enum(['on', 'off']).default('on'),
  // smtp://user:password@host:587 or smtps://…; without it, mails are written to MAIL_DIR.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Dédale <ne-pas-repondre@localhost>'),
  MAIL_DIR: z.string().min(1).default('.data/mail'),
  // Local uploads (postgres store); the supabase store uses Supabase Storage.
  UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
  // Origins of partner sites allowed to embed the form, comma-separated.
  EMBED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin))),
  // The site's public address: every link the functions write (redirects, emails) starts with it,
  // never with the Host a request names. SITE_URL, else Netlify's URL; required with the supabase store.
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  URL: z.url({ protocol: /^https?$/ }).optional(),
  // Self-hosting behind a reverse proxy: the header it sets to the client's address
  // (x-forwarded-for: its last entry, added by the proxy; x-real-ip…). Unset: no header is trusted.
  TRUSTED_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/i, 'must be a header name')
    .transform((name) => name.toLowerCase())
    .optional(),
  // Géoplateforme geocoder and API Carto's GPU module (the address page); a mirror or a test fake.
  GEOCODER_URL: z.url({ protocol: /^https?$/ }).default('https://data.geopf.fr/geocodage'),
  GPU_API_URL: z.url({ protocol: /^https?$/ }).default('https://apicarto.ign.fr/api/gpu'),
})

export type StoreConfig =
  | { kind: 'postgres'; databaseUrl: string }
  | { kind: 'supabase'; url: string; secretKey: string }

export type MailConfig =
  | { kind: 'smtp'; url: string; from: string }
  | { kind: 'files'; dir: string; from: string }

/** How agents sign in to the workspace; undefined: the workspace is off. */
export type AgentAuthConfig =
  | { kind: 'local'; secret: string }
  | { kind: 'supabase'; url: string; publishableKey: string }

export interface ServerConfig {
  store: StoreConfig
  formSecret: string
  antispam: boolean
  mail: MailConfig
  uploadDir: string
  embedOrigins: string[]
  /** The public origin links are built on (SITE_URL, URL, else the local default). */
  siteOrigin: string
  /** The proxy header trusted for the client's IP address, when one is configured. */
  trustedIpHeader: string | undefined
  agentAuth: AgentAuthConfig | undefined
}

// `npm start` serves on this port unless PORT says otherwise (scripts/local-server.ts sets SITE_URL).
const localSiteUrl = 'http://localhost:8888'

export interface GeodataConfig {
  geocoderUrl: string
  gpuApiUrl: string
}

/** The geodata services' addresses alone: the address page needs no store and no secret. */
export function readGeodataConfig(
  env: Record<string, string | undefined> = process.env,
): GeodataConfig {
  const parsed = environmentSchema.pick({ GEOCODER_URL: true, GPU_API_URL: true }).safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(
      `Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`,
    )
  }
  const withoutSlash = (url: string) => url.replace(/\/+$/, '')
  return {
    geocoderUrl: withoutSlash(parsed.data.GEOCODER_URL),
    gpuApiUrl: withoutSlash(parsed.data.GPU_API_URL),
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads and checks the whole configuration; a missing or malformed variable is named in the error. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = environmentSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(
      `Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`,
    )
  }
  const value = parsed.data
  const store = storeFrom(value)
  if (store.kind === 'supabase' && value.ANTISPAM === 'off') {
    throw new ConfigError(
      'ANTISPAM=off is for local development and tests only: it is refused with the supabase store.',
    )
  }
  if (store.kind === 'supabase' && !value.SMTP_URL) {
    throw new ConfigError(
      'The supabase store (production) needs SMTP_URL: mails cannot be written to files there.',
    )
  }
  const siteUrl = value.SITE_URL ?? value.URL
  if (store.kind === 'supabase' && !siteUrl) {
    throw new ConfigError(
      "The supabase store (production) needs SITE_URL (or Netlify's URL): links are never built from the request.",
    )
  }
  return {
    store,
    formSecret: value.FORM_SECRET,
    antispam: value.ANTISPAM === 'on',
    mail: value.SMTP_URL
      ? { kind: 'smtp', url: value.SMTP_URL, from: value.MAIL_FROM }
      : { kind: 'files', dir: value.MAIL_DIR, from: value.MAIL_FROM },
    uploadDir: value.UPLOAD_DIR,
    embedOrigins: value.EMBED_ORIGINS,
    siteOrigin: new URL(siteUrl ?? localSiteUrl).origin,
    trustedIpHeader: value.TRUSTED_IP_HEADER,
    agentAuth: agentAuthFrom(value),
  }
}

function agentAuthFrom(value: z.output<typeof environmentSchema>): AgentAuthConfig | undefined {
  if (value.SUPABASE_URL) {
    if (value.AGENT_JWT_SECRET)
      throw new ConfigError(
        'AGENT_JWT_SECRET (the local agent sign-in) is refused with SUPABASE_URL: agents sign in with Supabase Auth there.',
      )
    return value.SUPABASE_PUBLISHABLE_KEY
      ? {
          kind: 'supabase',
          url: value.SUPABASE_URL,
          publishableKey: value.SUPABASE_PUBLISHABLE_KEY,
        }
      : undefined
  }
  return value.AGENT_JWT_SECRET ? { kind: 'local', secret: value.AGENT_JWT_SECRET } : undefined
}

/** The store alone, for build-time tools (the /stats/ snapshot) that need no other variable. */
export function readStoreConfig(
  env: Record<string, string | undefined> = process.env,
): StoreConfig {
  const parsed = environmentSchema
    .pick({ DATABASE_URL: true, SUPABASE_URL: true, SUPABASE_SECRET_KEY: true })
    .safeParse(env)
  if (!parsed.success)
    throw new ConfigError(`Invalid store variable: ${parsed.error.issues[0]?.message}`)
  return storeFrom(parsed.data)
}

function storeFrom(
  value: Pick<
    z.output<typeof environmentSchema>,
    'DATABASE_URL' | 'SUPABASE_URL' | 'SUPABASE_SECRET_KEY'
  >,
): StoreConfig {
  const { DATABASE_URL, SUPABASE_URL, SUPABASE_SECRET_KEY } = value
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
