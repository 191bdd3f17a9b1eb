// In production the session is extended by Supabase Auth's refresh grant, stood in for at the
// HTTP boundary with the answers GoTrue gives: a new session with a rotated refresh token; 400
// for a refresh token it no longer knows (the agent signs in again); a 5xx when Auth is down.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import agentSessionExtension from '../../functions/agent-session-extension.ts'

const supabaseUrl = 'https://projet.supabase.co'
const account = '69000000-0000-4000-8000-0000000000b1'

/** An access token as GoTrue issues it (its signature is not checked here): `amr` says how and
 * when the agent signed in. */
const accessToken = (signedInSecondsAgo: number) => {
  const now = Math.floor(Date.now() / 1000)
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part({
    sub: account,
    aud: 'authenticated',
    role: 'authenticated',
    exp: now + 3600,
    iat: now,
    aal: 'aal1',
    amr: [{ method: 'otp', timestamp: now - signedInSecondsAgo }],
    session_id: '4b9e5f52-6a5d-4c3e-9f0e-2f6a0c1d7e11',
  })}.signature`
}

// GoTrue's answer to POST /auth/v1/token?grant_type=refresh_token.
const refreshed = {
  access_token: accessToken(2 * 3600),
  token_type: 'bearer',
  expires_in: 3600,
  expires_at: 1_796_050_800,
  refresh_token: 'wsxk2e7xm2ar',
  user: {
    id: account,
    aud: 'authenticated',
    role: 'authenticated',
    email: 'camille.rhone@culture.gouv.fr',
    email_confirmed_at: '2026-11-01T09:00:00.000000Z',
    phone: '',
    confirmed_at: '2026-11-01T09:00:00.000000Z',
    last_sign_in_at: '2026-11-30T08:00:00.000000Z',
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: '2026-11-01T09:00:00.000000Z',
    updated_at: '2026-11-30T09:00:00.000000Z',
    is_anonymous: false,
  },
}

interface Seen {
  url: string
  apikey: string | null
  body: unknown
}

/** Supabase Auth answering the refresh grant with `status` and `body`. */
function auth(status: number, body: unknown) {
  const seen: Seen[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    seen.push({
      url: request.url,
      apikey: request.headers.get('apikey'),
      body: await request.json().catch(() => null),
    })
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  vi.stubGlobal('fetch', fetch)
  return seen
}

const extend = (cookie = 'dedale_agent_refresh=v1refresh0001') =>
  agentSessionExtension(
    new Request('https://dedale.example/api/agent/session/prolonger', {
      method: 'POST',
      headers: { cookie, 'Sec-Fetch-Site': 'same-origin' },
    }),
  )

const setCookie = (response: Response, name: string) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`)) ?? ''

beforeEach(() => {
  // CI runs the suite with DATABASE_URL set: the supabase store excludes it.
  vi.stubEnv('DATABASE_URL', undefined)
  vi.stubEnv('AGENT_JWT_SECRET', undefined)
  vi.stubEnv('MAIL_DIR', undefined)
  vi.stubEnv('ANTISPAM', undefined)
  vi.stubEnv('SUPABASE_URL', supabaseUrl)
  vi.stubEnv('SUPABASE_SECRET_KEY', 'sb_secret_test')
  vi.stubEnv('SUPABASE_PUBLISHABLE_KEY', 'sb_publishable_test')
  vi.stubEnv('SMTP_URL', 'smtp://mail.example:587')
  vi.stubEnv('SITE_URL', 'https://dedale.example')
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('extending a Supabase session', () => {
  it('sends the refresh token with the publishable key and sets the rotated one', async () => {
    const seen = auth(200, refreshed)
    const response = await extend()
    expect(response.status).toBe(200)
    const { expiresAt } = (await response.json()) as { expiresAt: string }
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now() + 3590_000)
    expect(seen).toEqual([
      {
        url: `${supabaseUrl}/auth/v1/token?grant_type=refresh_token`,
        apikey: 'sb_publishable_test',
        body: { refresh_token: 'v1refresh0001' },
      },
    ])
    expect(setCookie(response, 'dedale_agent_session')).toBe(
      `dedale_agent_session=${refreshed.access_token}; Path=/api/agent; HttpOnly; SameSite=Strict; Max-Age=3600; Secure`,
    )
    // Eight hours left of the day it signed in (two hours ago).
    expect(setCookie(response, 'dedale_agent_refresh')).toMatch(
      /^dedale_agent_refresh=wsxk2e7xm2ar; Path=\/api\/agent\/session; HttpOnly; SameSite=Strict; Max-Age=(28800|28799); Secure$/,
    )
  })

  it('ends the session ten hours after the sign-in, though Auth would refresh it', async () => {
    const seen = auth(200, { ...refreshed, access_token: accessToken(10 * 3600 + 60) })
    const response = await extend()
    expect(response.status).toBe(401)
    expect(setCookie(response, 'dedale_agent_refresh')).toMatch(/Max-Age=0; Secure$/)
    expect(seen.map(({ url }) => url)).toEqual([
      `${supabaseUrl}/auth/v1/token?grant_type=refresh_token`,
      `${supabaseUrl}/auth/v1/logout`,
    ])
  })

  it('keeps the cookies within the day of the sign-in', async () => {
    auth(200, { ...refreshed, access_token: accessToken(9.5 * 3600) })
    const response = await extend()
    expect(response.status).toBe(200)
    const { expiresAt } = (await response.json()) as { expiresAt: string }
    expect(Date.parse(expiresAt)).toBeLessThan(Date.now() + 1800_000 + 5000)
    expect(setCookie(response, 'dedale_agent_refresh')).toMatch(/Max-Age=(1800|1799);/)
  })

  it('answers 401 in French and clears the cookies when Auth no longer knows the refresh token (400)', async () => {
    auth(400, {
      code: 400,
      error_code: 'refresh_token_not_found',
      msg: 'Invalid Refresh Token: Refresh Token Not Found',
    })
    const response = await extend()
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'Votre session a expiré : reconnectez-vous.' })
    expect(setCookie(response, 'dedale_agent_refresh')).toMatch(/Max-Age=0; Secure$/)
    expect(setCookie(response, 'dedale_agent_session')).toMatch(/Max-Age=0; Secure$/)
  })

  it('answers 401 without asking Auth when there is no refresh cookie', async () => {
    const seen = auth(200, refreshed)
    expect((await extend('')).status).toBe(401)
    expect(seen).toEqual([])
  })

  it.each([500, 502, 504])(
    'answers 503 in French when Auth answers %i, cookies kept',
    async (status) => {
      vi.spyOn(console, 'error').mockImplementation(() => {})
      auth(status, { code: status, error_code: 'unexpected_failure', msg: 'Unexpected failure' })
      const response = await extend()
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/indisponible/) })
      expect(response.headers.getSetCookie()).toEqual([])
    },
  )
})
