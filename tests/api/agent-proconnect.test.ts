// ProConnect sign-in, the handlers called in-process against a local OpenID provider shaped like
// ProConnect (tests/support/fake-proconnect.ts): the whole authorization-code round trip, with
// the provider's real redirects, cookies, signed ID token and signed userinfo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import agentProConnect from '../../functions/agent-proconnect.ts'
import agentSession from '../../functions/agent-session.ts'
import { type FakeProConnect, startFakeProConnect } from '../support/fake-proconnect.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
const site = 'http://localhost:8888'
const agent = { id: '69000000-0000-4000-8000-0000000000a1', email: 'camille.rhone@culture.gouv.fr' }
let fake: FakeProConnect

beforeAll(async () => {
  fake = await startFakeProConnect()
  await fake.register(site)
  Object.assign(process.env, {
    PROCONNECT_ISSUER: fake.issuer,
    PROCONNECT_CLIENT_ID: fake.clientId,
    PROCONNECT_CLIENT_SECRET: fake.clientSecret,
  })
  await db.sql.query('insert into auth.users (id, email) values ($1, $2)', [agent.id, agent.email])
  await db.sql.query(
    `insert into public.agents (user_id, udap_code, display_name, role, active)
     values ($1, '69', 'Camille Rhône', 'agent', true)`,
    [agent.id],
  )
})
afterAll(async () => {
  for (const name of ['PROCONNECT_ISSUER', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET'])
    delete process.env[name]
  await fake?.close()
})

/** The `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at), pair.slice(at + 1)] as [string, string]
    }),
  )
}

const cookieHeader = (cookies: Map<string, string>) =>
  [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')

const call = (path: string, cookies = new Map<string, string>(), method = 'GET') =>
  (path.startsWith('/api/agent/proconnect') ? agentProConnect : agentSession)(
    new Request(`${site}${path}`, { method, headers: { cookie: cookieHeader(cookies) } }),
  )

/** Through the provider's screens as a browser would, until it sends the browser back to the service. */
async function signInAtProvider(authorizeUrl: string, email: string): Promise<URL> {
  const jar = new Map<string, string>()
  let url = authorizeUrl
  for (let hop = 0; hop < 10; hop++) {
    const isForm = url.includes('/interaction/')
    const response = await fetch(url, {
      redirect: 'manual',
      method: isForm ? 'POST' : 'GET',
      headers: {
        cookie: cookieHeader(jar),
        ...(isForm ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(isForm ? { body: new URLSearchParams({ email }).toString() } : {}),
    })
    for (const [name, value] of cookiesOf(response)) jar.set(name, value)
    const location = response.headers.get('location')
    if (!location) throw new Error(`the provider stopped at ${url} (${response.status})`)
    url = new URL(location, url).href
    if (url.startsWith(site)) return new URL(url)
  }
  throw new Error('too many redirects at the provider')
}

async function startSignIn() {
  const start = await call('/api/agent/proconnect/connexion')
  expect(start.status).toBe(303)
  const cookies = cookiesOf(start)
  return {
    location: start.headers.get('location') ?? '',
    cookies,
    lines: start.headers.getSetCookie(),
  }
}

describe('ProConnect sign-in', () => {
  it('is offered once configured', async () => {
    const status = await call('/api/agent/proconnect/etat')
    expect(await status.json()).toEqual({ enabled: true })
  })

  it('sends the browser to ProConnect with ProConnect’s parameters only, state and nonce in short-lived HttpOnly cookies', async () => {
    const { location, lines } = await startSignIn()
    const authorize = new URL(location)
    expect(authorize.origin).toBe(fake.issuer)
    expect([...authorize.searchParams.keys()].sort()).toEqual(
      ['client_id', 'nonce', 'redirect_uri', 'response_type', 'scope', 'state'].sort(),
    )
    expect(authorize.searchParams.get('scope')).toBe('openid email given_name usual_name siret')
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${site}/api/agent/proconnect/retour`)
    expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32)
    expect(authorize.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(32)
    for (const name of ['dedale_proconnect_state', 'dedale_proconnect_nonce'])
      expect(lines.find((line) => line.startsWith(`${name}=`))).toMatch(
        /Path=\/api\/agent\/proconnect; HttpOnly; SameSite=Lax; Max-Age=600/,
      )
  })

  it('opens an ordinary session for an invited agent, who lands on the inbox; sign-out goes on to ProConnect’s end_session', async () => {
    const { location, cookies } = await startSignIn()
    const back = await signInAtProvider(location, agent.email)
    expect(back.pathname).toBe('/api/agent/proconnect/retour')
    const done = await call(`${back.pathname}${back.search}`, cookies)
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(`${site}/espace-agent/`)
    const session = cookiesOf(done)
    expect(session.get('dedale_agent_session')).toMatch(/^ey/)
    expect(session.get('dedale_proconnect_state')).toBe('')
    const me = await call('/api/agent/session', session)
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ user_id: agent.id, udap_code: '69' })

    const signedOut = await call('/api/agent/session', session, 'DELETE')
    expect(signedOut.status).toBe(200)
    const endSession = new URL(
      ((await signedOut.json()) as { end_session_url: string }).end_session_url,
    )
    expect(endSession.origin).toBe(fake.issuer)
    expect(endSession.searchParams.get('id_token_hint')).toBe(
      session.get('dedale_agent_proconnect'),
    )
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      `${site}/api/agent/proconnect/deconnexion`,
    )
    expect(cookiesOf(signedOut).get('dedale_agent_session')).toBe('')
    const logoutState = cookiesOf(signedOut).get('dedale_proconnect_logout') ?? ''
    expect(logoutState).toBe(endSession.searchParams.get('state'))
    const landed = await call(
      `/api/agent/proconnect/deconnexion?state=${logoutState}`,
      new Map([['dedale_proconnect_logout', logoutState]]),
    )
    expect(landed.headers.get('location')).toBe(
      `${site}/espace-agent/connexion/?deconnexion=proconnect`,
    )
  })

  it('refuses a civil servant ProConnect vouches for but who is not an invited agent', async () => {
    const { location, cookies } = await startSignIn()
    const back = await signInAtProvider(location, 'dominique.martin@interieur.gouv.fr')
    const done = await call(`${back.pathname}${back.search}`, cookies)
    expect(done.headers.get('location')).toBe(`${site}/espace-agent/connexion/?proconnect=refuse`)
    expect(cookiesOf(done).has('dedale_agent_session')).toBe(false)
  })

  it('refuses a return whose state is not the one in the cookie, without calling ProConnect', async () => {
    const { location, cookies } = await startSignIn()
    const back = await signInAtProvider(location, agent.email)
    back.searchParams.set('state', 'x'.repeat(43))
    const forged = await call(`${back.pathname}${back.search}`, cookies)
    expect(forged.headers.get('location')).toBe(`${site}/espace-agent/connexion/?proconnect=etat`)
    expect(cookiesOf(forged).has('dedale_agent_session')).toBe(false)
    // Without the cookies (another browser, or after they expired): refused too.
    const original = await signInAtProvider((await startSignIn()).location, agent.email)
    const alone = await call(`${original.pathname}${original.search}`)
    expect(alone.headers.get('location')).toBe(`${site}/espace-agent/connexion/?proconnect=etat`)
  })

  it('is not offered without its variables', async () => {
    const issuer = process.env.PROCONNECT_ISSUER
    delete process.env.PROCONNECT_ISSUER
    delete process.env.PROCONNECT_CLIENT_ID
    delete process.env.PROCONNECT_CLIENT_SECRET
    try {
      expect(await (await call('/api/agent/proconnect/etat')).json()).toEqual({ enabled: false })
      expect((await call('/api/agent/proconnect/connexion')).status).toBe(404)
    } finally {
      Object.assign(process.env, {
        PROCONNECT_ISSUER: issuer,
        PROCONNECT_CLIENT_ID: fake.clientId,
        PROCONNECT_CLIENT_SECRET: fake.clientSecret,
      })
    }
  })
})
