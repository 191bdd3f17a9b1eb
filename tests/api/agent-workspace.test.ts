import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Context } from '@netlify/functions'
import { beforeAll, describe, expect, it } from 'vitest'
import agentDocument from '../../functions/agent-document.ts'
import agentExport from '../../functions/agent-export.ts'
import agentInbox from '../../functions/agent-inbox.ts'
import agentRequest from '../../functions/agent-request.ts'
import agentSession from '../../functions/agent-session.ts'
import submitConsultation from '../../functions/consultations.ts'
import localDownload from '../../functions/local-download.ts'
import trackingComplement from '../../functions/tracking-complement.ts'
import { issueLocalToken } from '../../src/server/agent/agent-tokens.ts'
import { writeLocalUpload } from '../../src/server/storage/attachment-storage.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'
import { testAgentSecret } from '../support/test-environment.ts'

const db = useTestDatabase()

const agents = {
  rhone: { id: '69000000-0000-4000-8000-000000000001', email: 'agent.rhone@example.fr' },
  bouches: { id: '13000000-0000-4000-8000-000000000001', email: 'agent.bouches@example.fr' },
  former: { id: '69000000-0000-4000-8000-000000000002', email: 'ancien.rhone@example.fr' },
  stranger: { id: '99000000-0000-4000-8000-000000000001', email: 'inconnu@example.fr' },
  chief: { id: '69000000-0000-4000-8000-000000000003', email: 'responsable.rhone@example.fr' },
}

let lyon: { reference: string; token: string }
let marseille: { reference: string; token: string }

async function submit(overrides: Record<string, unknown> = {}) {
  const response = await submitConsultation(
    new Request('http://localhost/api/consultations', {
      method: 'POST',
      body: JSON.stringify(validConsultation(overrides)),
      headers: { 'Content-Type': 'application/json' },
    }),
  )
  const body = (await response.json()) as { reference: string; trackingUrl: string }
  return { reference: body.reference, token: body.trackingUrl.split('#')[1] ?? '' }
}

async function cookieFor(agent: { id: string; email: string }, now?: number) {
  return `dedale_agent_session=${await issueLocalToken(testAgentSecret, agent, now)}`
}

const context = (params: Record<string, string> = {}) => ({ params }) as unknown as Context

async function openRequest(reference: string, cookie: string) {
  return agentRequest(
    new Request(`http://localhost/api/agent/demandes/${reference}`, { headers: { cookie } }),
    context({ reference }),
  )
}

async function act(reference: string, cookie: string, action: Record<string, unknown>) {
  return agentRequest(
    new Request(`http://localhost/api/agent/demandes/${reference}`, {
      method: 'POST',
      headers: { cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(action),
    }),
    context({ reference }),
  )
}

async function inbox(cookie: string, query = 'tab=toutes') {
  return agentInbox(
    new Request(`http://localhost/api/agent/demandes?${query}`, { headers: { cookie } }),
  )
}

beforeAll(async () => {
  await db.sql.query(
    `insert into auth.users (id, email) values ($1, $2), ($3, $4), ($5, $6), ($7, $8), ($9, $10)`,
    Object.values(agents).flatMap((agent) => [agent.id, agent.email]),
  )
  await db.sql.query(
    `insert into public.agents (user_id, udap_code, display_name, role, active) values
      ($1, '69', 'Agent du Rhône', 'agent', true), ($2, '13', 'Agent des Bouches-du-Rhône', 'agent', true),
      ($3, '69', 'Ancien agent', 'agent', true), ($4, '69', 'Responsable du Rhône', 'responsable', true)`,
    [agents.rhone.id, agents.bouches.id, agents.former.id, agents.chief.id],
  )
  lyon = await submit()
  marseille = await submit({ postcode: '13001', inseeCode: '13201', commune: 'Marseille' })
})

describe('signing in with a one-time code (local issuer)', () => {
  it('sends the code to the local mailbox, then opens a session in an HttpOnly, SameSite=Strict cookie', async () => {
    const mailDir = await mkdtemp(join(tmpdir(), 'dedale-agent-mail-'))
    process.env.MAIL_DIR = mailDir
    const post = (body: unknown, cookie = '') =>
      agentSession(
        new Request('http://localhost/api/agent/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', cookie },
          body: JSON.stringify(body),
        }),
      )
    const sent = await post({ email: agents.rhone.email })
    expect(sent.status).toBe(202)
    const challenge = sent.headers.get('set-cookie')?.split(';')[0] ?? ''
    expect(sent.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/)
    const [mail] = await readdir(mailDir)
    const code = / est : (\d{6})/.exec(await readFile(join(mailDir, mail ?? ''), 'utf8'))?.[1]
    expect(code).toMatch(/^\d{6}$/)

    const wrong = await post(
      { email: agents.rhone.email, code: code === '000000' ? '111111' : '000000' },
      challenge,
    )
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ errors: [{ field: 'code' }] })

    const signedIn = await post({ email: agents.rhone.email, code }, challenge)
    expect(signedIn.status).toBe(200)
    expect(await signedIn.json()).toMatchObject({
      udap_code: '69',
      display_name: 'Agent du Rhône',
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    const session = signedIn.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('dedale_agent_session='))
    expect(session).toMatch(/; Path=\/api\/agent; HttpOnly; SameSite=Strict; Max-Age=3600$/)
    // The refresh cookie, to extend the session, reaches only /api/agent/session (RGAA 13.1).
    const refresh = signedIn.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('dedale_agent_refresh='))
    expect(refresh).toMatch(
      /^dedale_agent_refresh=[\w-]+\.[\w-]+\.[\w-]+; Path=\/api\/agent\/session; HttpOnly; SameSite=Strict; Max-Age=36000$/,
    )
    const me = await agentSession(
      new Request('http://localhost/api/agent/session', {
        headers: { cookie: session?.split(';')[0] ?? '' },
      }),
    )
    expect(await me.json()).toMatchObject({ user_id: agents.rhone.id })

    const unknown = await post({ email: 'personne@example.fr' })
    expect(unknown.status).toBe(202)
    expect(await readdir(mailDir)).toHaveLength(1)
    delete process.env.MAIL_DIR
  })

  it('marks the session Secure off localhost', async () => {
    const response = await agentSession(
      new Request('https://dedale.example/api/agent/session', { method: 'DELETE' }),
    )
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0; Secure$/)
  })

  it('sends an expired or forged session back to sign in', async () => {
    const expired = await cookieFor(agents.rhone, Math.floor(Date.now() / 1000) - 7200)
    expect((await inbox(expired)).status).toBe(401)
    // Another agent's claims under the real header and signature: the signature no longer matches.
    const [header, , signature] = (await cookieFor(agents.rhone)).split('=')[1]?.split('.') ?? []
    const [, otherPayload] = (await cookieFor(agents.bouches)).split('=')[1]?.split('.') ?? []
    const forged = `dedale_agent_session=${header}.${otherPayload}.${signature}`
    expect((await inbox(forged)).status).toBe(401)
  })
})

describe('isolation between UDAPs, as the database decides', () => {
  it('shows an agent only their UDAP’s requests', async () => {
    const rows = (
      (await (await inbox(await cookieFor(agents.rhone))).json()) as {
        rows: { reference: string }[]
      }
    ).rows
    expect(rows.map((row) => row.reference)).toEqual([lyon.reference])
  })

  it('answers 404 to an agent of UDAP 13 who opens or changes UDAP 69’s request', async () => {
    const cookie = await cookieFor(agents.bouches)
    expect((await openRequest(lyon.reference, cookie)).status).toBe(404)
    expect(
      (await act(lyon.reference, cookie, { action: 'priority', priority: 'haute' })).status,
    ).toBe(404)
    expect(
      (await act(lyon.reference, cookie, { action: 'close', motivation: 'Intrusion' })).status,
    ).toBe(404)
    const [row] = await db.sql.query<{ priority: string; status: string }>(
      'select priority, status from public.consultations where reference = $1',
      [lyon.reference],
    )
    expect(row).toEqual({ priority: 'normale', status: 'nouvelle' })
    expect((await openRequest(marseille.reference, cookie)).status).toBe(200)
  })

  it('refuses a signed-in account that is not an agent', async () => {
    const cookie = await cookieFor(agents.stranger)
    expect((await inbox(cookie)).status).toBe(403)
    expect((await openRequest(lyon.reference, cookie)).status).toBe(404)
    expect(
      (
        await agentSession(
          new Request('http://localhost/api/agent/session', { headers: { cookie } }),
        )
      ).status,
    ).toBe(403)
  })

  it('refuses a deactivated agent at their next call', async () => {
    const cookie = await cookieFor(agents.former)
    expect((await openRequest(lyon.reference, cookie)).status).toBe(200)
    await db.sql.query('update public.agents set active = false where user_id = $1', [
      agents.former.id,
    ])
    expect((await openRequest(lyon.reference, cookie)).status).toBe(404)
    expect((await inbox(cookie)).status).toBe(403)
  })
})

describe('actions, journalled with the agent’s id', () => {
  it('takes the request, sets its priority and asks for a complement; each entry carries the agent', async () => {
    const cookie = await cookieFor(agents.rhone)
    const refused = await act(lyon.reference, cookie, { action: 'answer', answer: 'Trop tôt.' })
    expect(refused.status).toBe(409)
    expect(await refused.json()).toMatchObject({
      errors: [
        { field: 'answer', message: expect.stringMatching(/Changement de statut impossible/) },
      ],
    })
    expect((await act(lyon.reference, cookie, { action: 'take' })).status).toBe(200)
    expect(
      (await act(lyon.reference, cookie, { action: 'priority', priority: 'haute' })).status,
    ).toBe(200)
    const missing = await act(lyon.reference, cookie, { action: 'complement', motivation: ' ' })
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ errors: [{ field: 'motivation' }] })
    const asked = await act(lyon.reference, cookie, {
      action: 'complement',
      motivation: 'Merci d’envoyer une photo de la façade.',
    })
    expect(asked.status).toBe(200)
    const view = (await asked.json()) as {
      consultation: { status: string; assignee: string }
      events: { kind: string; actor_id: string | null; actor_name: string | null }[]
    }
    expect(view.consultation).toMatchObject({
      status: 'complement_demande',
      assignee: agents.rhone.id,
    })
    const byAgent = view.events.filter((event) => event.kind !== 'creation')
    expect(byAgent.map((event) => event.kind).sort()).toEqual(
      ['assignation', 'changement_statut', 'changement_statut', 'qualification'].sort(),
    )
    for (const event of byAgent)
      expect(event).toMatchObject({ actor_id: agents.rhone.id, actor_name: 'Agent du Rhône' })
  })

  it('lets the applicant answer from the tracking link: journal, back to en_cours, the agent emailed', async () => {
    const answer = (token: string, message: unknown) =>
      trackingComplement(
        new Request('http://localhost/api/tracking/complement', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ message }),
        }),
      )
    expect((await answer('A'.repeat(43), 'Bonjour')).status).toBe(404)
    expect(await (await answer(lyon.token, '')).json()).toMatchObject({
      errors: [{ field: 'message' }],
    })
    expect((await answer(marseille.token, 'Rien n’était demandé')).status).toBe(409)
    expect((await answer(lyon.token, 'Voici la photo demandée.')).status).toBe(200)
    const view = (await (
      await openRequest(lyon.reference, await cookieFor(agents.rhone))
    ).json()) as {
      consultation: { status: string }
      events: { kind: string; details: { message?: string } }[]
    }
    expect(view.consultation.status).toBe('en_cours')
    expect(view.events.find((event) => event.kind === 'complement_recu')?.details.message).toBe(
      'Voici la photo demandée.',
    )
    const outbox = await db.sql.query<{ recipient: string }>(
      `select recipient from public.outbox where kind = 'complement_recu_agent'`,
    )
    expect(outbox).toEqual([{ recipient: agents.rhone.email }])
  })

  it('checks the filters at the boundary, with the field named', async () => {
    const response = await inbox(await cookieFor(agents.rhone), 'tab=corbeille')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ field: 'tab' }] })
  })
})

describe('documents', () => {
  it('gives a one-minute link only to an agent the database lets see the request', async () => {
    const [request] = await db.sql.query<{ id: string; hash: Buffer }>(
      'select id, tracking_token_hash as hash from public.consultations where reference = $1',
      [lyon.reference],
    )
    const path = `${request?.id}/${crypto.randomUUID()}.pdf`
    await writeLocalUpload(
      process.env.UPLOAD_DIR ?? '',
      path,
      new TextEncoder().encode('%PDF-1.7 test'),
    )
    // As the API does: the upload is reserved when its URL is issued, then recorded.
    await db.sql.query(
      `select public.reserve_attachment_upload($1, $2, 13, now() + interval '1 hour')`,
      [request?.hash, path],
    )
    await db.sql.query(
      `select public.record_attachment($1, $2, 'plan.pdf', 13, 'application/pdf')`,
      [request?.hash, path],
    )
    const [attachment] = await db.sql.query<{ id: string }>(
      'select id from public.attachments where storage_path = $1',
      [path],
    )
    const open = async (agent: { id: string; email: string }) =>
      agentDocument(
        new Request(`http://localhost/api/agent/documents/${attachment?.id}`, {
          headers: { cookie: await cookieFor(agent) },
        }),
        context({ id: attachment?.id ?? '' }),
      )
    expect((await open(agents.bouches)).status).toBe(404)
    const allowed = await open(agents.rhone)
    expect(allowed.status).toBe(303)
    const link = new URL(allowed.headers.get('location') ?? '')
    const [, , , requestId, file] = link.pathname.split('/')
    const download = (url: URL) =>
      localDownload(new Request(url), context({ request: requestId ?? '', file: file ?? '' }))
    const served = await download(link)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(await served.text()).toBe('%PDF-1.7 test')
    link.searchParams.set('expires', String(Date.now() + 3_600_000))
    expect((await download(link)).status).toBe(403)
  })
})

describe('the responsable’s CSV export', () => {
  it('exports the UDAP’s requests of a period with formula cells neutralised; an agent cannot', async () => {
    const description =
      '=HYPERLINK("http://exemple.invalid","Voir") — ravalement de la façade sur rue.'
    const injected = await submit({ description })
    const today = new Date().toISOString().slice(0, 10)
    const exportAs = async (agent: { id: string; email: string }) =>
      agentExport(
        new Request(`http://localhost/api/agent/export?from=2020-01-01&to=${today}`, {
          headers: { cookie: await cookieFor(agent) },
        }),
      )
    expect((await exportAs(agents.rhone)).status).toBe(403)
    const response = await exportAs(agents.chief)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(csv.startsWith('\uFEFF"Référence";')).toBe(true)
    expect(csv).toContain(
      `"'=HYPERLINK(""http://exemple.invalid"",""Voir"") — ravalement de la façade sur rue."`,
    )
    expect(csv).toContain(injected.reference)
    expect(csv).not.toContain(marseille.reference)
  })
})
