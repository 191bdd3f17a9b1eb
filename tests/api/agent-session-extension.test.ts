// RGAA 13.1 (time limits): an agent's session lasts an hour and the page extends it with the
// refresh cookie, POST /api/agent/session/prolonger (local issuer, on the real database). Each
// extension is an hour more, never past the working day that began at sign-in, and only for an
// agent who is still active.
import { decodeJwt } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import agentSession from '../../functions/agent-session.ts'
import agentSessionExtension from '../../functions/agent-session-extension.ts'
import {
  issueLocalRefreshToken,
  issueLocalSession,
  issueLocalToken,
} from '../../src/server/agent/agent-tokens.ts'
import { useTestDatabase } from '../support/test-database.ts'
import { testAgentSecret } from '../support/test-environment.ts'

const db = useTestDatabase()

const agents = {
  active: { id: '69000000-0000-4000-8000-0000000000e1', email: 'agent.prolonge@example.fr' },
  leaving: { id: '69000000-0000-4000-8000-0000000000e2', email: 'agent.part@example.fr' },
}

const hour = 60 * 60
const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The refresh cookie of a session opened at `signedInAt` (seconds). */
async function refreshCookieFor(agent: { id: string; email: string }, signedInAt = nowSeconds()) {
  const { refreshToken } = await issueLocalSession(testAgentSecret, agent, signedInAt)
  return `dedale_agent_refresh=${refreshToken}`
}

function extend(cookie: string, headers: Record<string, string> = {}) {
  return agentSessionExtension(
    new Request('http://localhost/api/agent/session/prolonger', {
      method: 'POST',
      headers: { cookie, 'Sec-Fetch-Site': 'same-origin', ...headers },
    }),
  )
}

/** The Set-Cookie line of `name` in an answer. */
const setCookie = (response: Response, name: string) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`)) ?? ''
const cookieValue = (line: string) => line.split(';')[0]?.split('=').slice(1).join('=') ?? ''
const maxAge = (line: string) => Number(/Max-Age=(\d+)/.exec(line)?.[1])

beforeAll(async () => {
  await db.sql.query('insert into auth.users (id, email) values ($1, $2), ($3, $4)', [
    agents.active.id,
    agents.active.email,
    agents.leaving.id,
    agents.leaving.email,
  ])
  await db.sql.query(
    `insert into public.agents (user_id, udap_code, display_name, role, active) values
      ($1, '69', 'Agent qui prolonge', 'agent', true), ($2, '69', 'Agent qui part', 'agent', true)`,
    [agents.active.id, agents.leaving.id],
  )
})

describe('extending a session (local issuer)', () => {
  it('gives another hour: a new session cookie and a new refresh cookie, the end in the answer', async () => {
    const response = await extend(await refreshCookieFor(agents.active, nowSeconds() - 50 * 60))
    expect(response.status).toBe(200)
    const { expiresAt } = (await response.json()) as { expiresAt: string }
    expect(Date.parse(expiresAt) / 1000).toBeGreaterThanOrEqual(nowSeconds() + hour - 5)

    const session = setCookie(response, 'dedale_agent_session')
    expect(session).toMatch(/; Path=\/api\/agent; HttpOnly; SameSite=Strict; Max-Age=3600$/)
    const refresh = setCookie(response, 'dedale_agent_refresh')
    expect(refresh).toMatch(/; Path=\/api\/agent\/session; HttpOnly; SameSite=Strict; Max-Age=\d+$/)
    // The new session works, and GET tells the same end (from the access token's exp).
    const me = await agentSession(
      new Request('http://localhost/api/agent/session', {
        headers: { cookie: `dedale_agent_session=${cookieValue(session)}` },
      }),
    )
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ user_id: agents.active.id, expiresAt })
    expect(decodeJwt(cookieValue(session)).exp).toBe(Date.parse(expiresAt) / 1000)
  })

  it('keeps the end of the day set at sign-in: the last extension stops there, then none', async () => {
    const signedInAt = nowSeconds() - 9.5 * hour
    const dayEnd = signedInAt + 10 * hour
    const response = await extend(await refreshCookieFor(agents.active, signedInAt))
    expect(response.status).toBe(200)
    const { expiresAt } = (await response.json()) as { expiresAt: string }
    expect(Date.parse(expiresAt) / 1000).toBe(dayEnd)
    const refresh = setCookie(response, 'dedale_agent_refresh')
    expect(decodeJwt(cookieValue(refresh)).exp).toBe(dayEnd)
    expect(maxAge(refresh)).toBeLessThanOrEqual(30 * 60)
    expect(maxAge(setCookie(response, 'dedale_agent_session'))).toBeLessThanOrEqual(30 * 60)

    // Extending again with the rotated cookie cannot go further than the same end.
    const again = await extend(`dedale_agent_refresh=${cookieValue(refresh)}`)
    expect(Date.parse(((await again.json()) as { expiresAt: string }).expiresAt) / 1000).toBe(
      dayEnd,
    )
    const dayOver = await extend(await refreshCookieFor(agents.active, nowSeconds() - 10 * hour))
    expect(dayOver.status).toBe(401)
  })

  it('extends ten times in a row with the rotated cookie, the day’s end unchanged', async () => {
    const signedInAt = nowSeconds()
    let cookie = await refreshCookieFor(agents.active, signedInAt)
    for (let extension = 1; extension <= 10; extension++) {
      const response = await extend(cookie)
      expect(response.status).toBe(200)
      const refresh = setCookie(response, 'dedale_agent_refresh')
      expect(decodeJwt(cookieValue(refresh)).exp).toBe(signedInAt + 10 * hour)
      cookie = `dedale_agent_refresh=${cookieValue(refresh)}`
    }
  })

  it('refuses a deactivated agent (401, both cookies cleared)', async () => {
    const cookie = await refreshCookieFor(agents.leaving)
    expect((await extend(cookie)).status).toBe(200)
    await db.sql.query('update public.agents set active = false where user_id = $1', [
      agents.leaving.id,
    ])
    const refused = await extend(cookie)
    expect(refused.status).toBe(401)
    expect(await refused.json()).toEqual({ error: 'Votre session a expiré : reconnectez-vous.' })
    expect(setCookie(refused, 'dedale_agent_session')).toMatch(/Max-Age=0/)
    expect(setCookie(refused, 'dedale_agent_refresh')).toMatch(
      /; Path=\/api\/agent\/session; HttpOnly; SameSite=Strict; Max-Age=0$/,
    )
  })

  it.each([
    ['no refresh cookie', async () => ''],
    [
      'a forged one (another agent’s claims under a real signature)',
      async () => {
        const [header, , signature] = (await refreshCookieFor(agents.active))
          .split('=')[1]
          ?.split('.') ?? ['', '', '']
        const [, payload] = (
          await issueLocalRefreshToken(testAgentSecret, agents.leaving, nowSeconds() + hour)
        ).split('.')
        return `dedale_agent_refresh=${header}.${payload}.${signature}`
      },
    ],
    [
      'one signed with another secret',
      async () =>
        `dedale_agent_refresh=${await issueLocalRefreshToken('x'.repeat(44), agents.active, nowSeconds() + hour)}`,
    ],
    [
      'an access token instead of a refresh token',
      async () => `dedale_agent_refresh=${await issueLocalToken(testAgentSecret, agents.active)}`,
    ],
    [
      'an expired one',
      async () =>
        `dedale_agent_refresh=${await issueLocalRefreshToken(testAgentSecret, agents.active, nowSeconds() - 1)}`,
    ],
  ])('refuses %s (401)', async (_, cookie) => {
    const refused = await extend(await cookie())
    expect(refused.status).toBe(401)
    expect(refused.headers.getSetCookie().join('\n')).not.toMatch(/Max-Age=[1-9]/)
  })

  it.each([
    ['another origin', { Origin: 'https://ailleurs.example' }],
    ['another site (Sec-Fetch-Site)', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a sibling subdomain (Sec-Fetch-Site)', { 'Sec-Fetch-Site': 'same-site' }],
  ])('refuses a request from %s (403)', async (_, headers) => {
    const refused = await extend(await refreshCookieFor(agents.active), headers)
    expect(refused.status).toBe(403)
    expect(refused.headers.getSetCookie()).toEqual([])
  })

  it('clears the refresh cookie at sign-out', async () => {
    const signOut = await agentSession(
      new Request('http://localhost/api/agent/session', {
        method: 'DELETE',
        headers: { cookie: await refreshCookieFor(agents.active) },
      }),
    )
    expect(signOut.status).toBe(204)
    expect(setCookie(signOut, 'dedale_agent_refresh')).toMatch(
      /; Path=\/api\/agent\/session; HttpOnly; SameSite=Strict; Max-Age=0$/,
    )
    expect(setCookie(signOut, 'dedale_agent_session')).toMatch(/Max-Age=0/)
  })

  it('answers only POST', async () => {
    const get = await agentSessionExtension(
      new Request('http://localhost/api/agent/session/prolonger'),
    )
    expect(get.status).toBe(405)
  })
})
