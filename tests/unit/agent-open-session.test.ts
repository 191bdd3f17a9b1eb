// After ProConnect vouched for an email, production opens a Supabase session for that agent's
// account: Auth's admin generate_link (secret key, nothing emailed), then verify (publishable
// key). Supabase is stood in for at the HTTP boundary with the formats its API answers.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openSessionFor } from '../../src/server/agent/agent-sign-in.ts'
import { readConfig } from '../../src/server/config.ts'

const supabaseUrl = 'https://projet.supabase.co'
const account = '69000000-0000-4000-8000-0000000000b1'
const email = 'camille.rhone@culture.gouv.fr'

const config = readConfig({
  SUPABASE_URL: supabaseUrl,
  SUPABASE_SECRET_KEY: 'sb_secret_test',
  SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_test',
  FORM_SECRET: 'f'.repeat(32),
  SMTP_URL: 'smtp://mail.example:587',
  SITE_URL: 'https://dedale.example',
})

interface Seen {
  path: string
  apikey: string | null
  body: unknown
}

/** Supabase: PostgREST's rpc, Auth's admin generate_link and verify, answered as they answer. */
function supabase(options: { agentAccount: string | null; linkFor?: string }) {
  const seen: Seen[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const text = await request.text()
    const path = new URL(request.url).pathname
    seen.push({ path, apikey: request.headers.get('apikey'), body: text ? JSON.parse(text) : null })
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
    if (path === '/rest/v1/rpc/local_agent_account') return json(options.agentAccount)
    if (path === '/auth/v1/admin/generate_link')
      // GoTrue answers the user's fields and the link's properties side by side.
      return json({
        id: options.linkFor ?? account,
        aud: 'authenticated',
        role: 'authenticated',
        email,
        email_confirmed_at: '2026-11-01T09:00:00Z',
        app_metadata: { provider: 'email', providers: ['email'] },
        user_metadata: {},
        identities: [],
        created_at: '2026-11-01T09:00:00Z',
        updated_at: '2026-11-30T09:00:00Z',
        action_link: `${supabaseUrl}/auth/v1/verify?token=abc&type=magiclink&redirect_to=https://dedale.example`,
        email_otp: '123456',
        hashed_token: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
        redirect_to: 'https://dedale.example',
        verification_type: 'magiclink',
      })
    if (path === '/auth/v1/verify')
      return json({
        access_token: 'eyJ.session.token',
        token_type: 'bearer',
        expires_in: 3600,
        expires_at: 1_800_000_000,
        refresh_token: 'refresh',
        user: { id: account, email },
      })
    return new Response('{}', { status: 404 })
  }
  return { fetch: fetch as typeof globalThis.fetch, seen }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('opening a Supabase session after ProConnect', () => {
  it('checks the agent in the database, generates a magic-link token with the secret key and redeems it with the publishable key', async () => {
    const server = supabase({ agentAccount: account })
    vi.stubGlobal('fetch', server.fetch)
    if (config.agentAuth?.kind !== 'supabase') throw new Error('expected Supabase Auth')
    const session = await openSessionFor(config, config.agentAuth, email)
    expect(session).toEqual({
      type: 'signed_in',
      accessToken: 'eyJ.session.token',
      expiresIn: 3600,
      refreshToken: 'refresh',
    })
    expect(server.seen.map((call) => [call.path, call.apikey])).toEqual([
      ['/rest/v1/rpc/local_agent_account', 'sb_secret_test'],
      ['/auth/v1/admin/generate_link', 'sb_secret_test'],
      ['/auth/v1/verify', 'sb_publishable_test'],
    ])
    expect(server.seen[1]?.body).toEqual({ type: 'magiclink', email })
    expect(server.seen[2]?.body).toEqual({
      type: 'magiclink',
      token_hash: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
    })
  })

  it('asks Auth for nothing when the email is not an active agent’s', async () => {
    const server = supabase({ agentAccount: null })
    vi.stubGlobal('fetch', server.fetch)
    if (config.agentAuth?.kind !== 'supabase') throw new Error('expected Supabase Auth')
    expect(await openSessionFor(config, config.agentAuth, email)).toBeUndefined()
    expect(server.seen.map((call) => call.path)).toEqual(['/rest/v1/rpc/local_agent_account'])
  })

  it('refuses a link Auth made for another account than the database named', async () => {
    const server = supabase({
      agentAccount: account,
      linkFor: '99000000-0000-4000-8000-000000000000',
    })
    vi.stubGlobal('fetch', server.fetch)
    if (config.agentAuth?.kind !== 'supabase') throw new Error('expected Supabase Auth')
    await expect(openSessionFor(config, config.agentAuth, email)).rejects.toThrow(
      /unexpected account/,
    )
    expect(server.seen.map((call) => call.path)).not.toContain('/auth/v1/verify')
  })
})
