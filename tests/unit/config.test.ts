import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../src/server/config.ts'

const secret = { FORM_SECRET: 'x'.repeat(32) }

describe('readConfig', () => {
  it('selects the postgres store from DATABASE_URL, with the local defaults', () => {
    expect(
      readConfig({ ...secret, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dedale' }),
    ).toEqual({
      store: { kind: 'postgres', databaseUrl: 'postgres://postgres@127.0.0.1:5432/dedale' },
      formSecret: 'x'.repeat(32),
      antispam: true,
      mail: { kind: 'files', dir: '.data/mail', from: 'Dédale <ne-pas-repondre@localhost>' },
      uploadDir: '.data/uploads',
      embedOrigins: [],
      siteOrigin: 'http://localhost:8888',
      trustedIpHeader: undefined,
      agentAuth: undefined,
      proConnect: undefined,
    })
  })

  it('turns ProConnect on with its three variables together, https only (http on localhost for tests)', () => {
    const local = {
      ...secret,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dedale',
      AGENT_JWT_SECRET: 'y'.repeat(32),
    }
    const proConnect = {
      PROCONNECT_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
      PROCONNECT_CLIENT_ID: 'client',
      PROCONNECT_CLIENT_SECRET: 'secret',
    }
    expect(readConfig({ ...local, ...proConnect }).proConnect).toEqual({
      issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
      clientId: 'client',
      clientSecret: 'secret',
    })
    expect(() => readConfig({ ...local, PROCONNECT_ISSUER: proConnect.PROCONNECT_ISSUER })).toThrow(
      /PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET together/,
    )
    expect(() =>
      readConfig({
        ...local,
        ...proConnect,
        PROCONNECT_ISSUER: 'http://proconnect.example/api/v2',
      }),
    ).toThrow(/PROCONNECT_ISSUER must be an https address/)
    expect(
      readConfig({ ...local, ...proConnect, PROCONNECT_ISSUER: 'http://127.0.0.1:4000' }).proConnect
        ?.issuer,
    ).toBe('http://127.0.0.1:4000')
    const { AGENT_JWT_SECRET: _off, ...withoutWorkspace } = local
    expect(() => readConfig({ ...withoutWorkspace, ...proConnect })).toThrow(
      /ProConnect opens an agent session: it needs the workspace on/,
    )
  })

  it('signs agents in locally with AGENT_JWT_SECRET, and refuses it next to Supabase', () => {
    const local = { ...secret, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dedale' }
    expect(readConfig({ ...local, AGENT_JWT_SECRET: 'y'.repeat(32) }).agentAuth).toEqual({
      kind: 'local',
      secret: 'y'.repeat(32),
    })
    const production = {
      ...secret,
      SUPABASE_URL: 'https://abc.supabase.co',
      SUPABASE_SECRET_KEY: 'sb_secret_x',
      SMTP_URL: 'smtps://user:pass@smtp.example.fr:465',
      SITE_URL: 'https://dedale.example',
    }
    expect(
      readConfig({ ...production, SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_x' }).agentAuth,
    ).toEqual({
      kind: 'supabase',
      url: 'https://abc.supabase.co',
      publishableKey: 'sb_publishable_x',
    })
    expect(() => readConfig({ ...production, AGENT_JWT_SECRET: 'y'.repeat(32) })).toThrow(
      /AGENT_JWT_SECRET .* is refused with SUPABASE_URL/,
    )
  })

  it('selects the supabase store and SMTP in production, and normalises the embedding origins', () => {
    const config = readConfig({
      ...secret,
      SUPABASE_URL: 'https://abc.supabase.co',
      SUPABASE_SECRET_KEY: 'sb_secret_x',
      SMTP_URL: 'smtps://user:pass@smtp.example.fr:465',
      URL: 'https://dedale.netlify.app',
      EMBED_ORIGINS: 'https://www.mairie-exemple.fr/, https://patrimoine.example',
    })
    expect(config.store).toEqual({
      kind: 'supabase',
      url: 'https://abc.supabase.co',
      secretKey: 'sb_secret_x',
    })
    expect(config.mail.kind).toBe('smtp')
    expect(config.siteOrigin).toBe('https://dedale.netlify.app')
    expect(config.embedOrigins).toEqual([
      'https://www.mairie-exemple.fr',
      'https://patrimoine.example',
    ])
  })

  it.each([
    [{ ...secret }, 'No store configured'],
    [{ DATABASE_URL: 'postgres://h/db' }, 'Invalid environment variable FORM_SECRET'],
    [
      { DATABASE_URL: 'postgres://h/db', FORM_SECRET: 'court' },
      'FORM_SECRET: must be at least 32 characters long',
    ],
    [
      { ...secret, SUPABASE_URL: 'https://abc.supabase.co' },
      'needs both SUPABASE_URL and SUPABASE_SECRET_KEY',
    ],
    [
      {
        ...secret,
        DATABASE_URL: 'postgres://h/db',
        SUPABASE_URL: 'https://a.supabase.co',
        SUPABASE_SECRET_KEY: 'k',
      },
      'not both',
    ],
    [{ ...secret, DATABASE_URL: 'mysql://h/db' }, 'Invalid environment variable DATABASE_URL'],
    [
      { ...secret, DATABASE_URL: 'postgres://h/db', ANTISPAM: 'non' },
      'Invalid environment variable ANTISPAM',
    ],
    [
      { ...secret, DATABASE_URL: 'postgres://h/db', EMBED_ORIGINS: 'mairie.fr' },
      'Invalid environment variable EMBED_ORIGINS',
    ],
    [
      {
        ...secret,
        SUPABASE_URL: 'https://a.supabase.co',
        SUPABASE_SECRET_KEY: 'k',
        SMTP_URL: 'smtp://h',
        ANTISPAM: 'off',
      },
      'ANTISPAM=off is for local development and tests only',
    ],
    [
      { ...secret, SUPABASE_URL: 'https://a.supabase.co', SUPABASE_SECRET_KEY: 'k' },
      'needs SMTP_URL',
    ],
    [
      {
        ...secret,
        SUPABASE_URL: 'https://a.supabase.co',
        SUPABASE_SECRET_KEY: 'k',
        SMTP_URL: 'smtp://h',
      },
      'needs SITE_URL',
    ],
    [
      { ...secret, DATABASE_URL: 'postgres://h/db', TRUSTED_IP_HEADER: 'x forwarded' },
      'Invalid environment variable TRUSTED_IP_HEADER',
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(message)
  })
})
