import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Context } from '@netlify/functions'
import { beforeAll, describe, expect, it } from 'vitest'
import agentInbox from '../../functions/agent-inbox.ts'
import agentRequest from '../../functions/agent-request.ts'
import agentSession from '../../functions/agent-session.ts'
import agentTeam from '../../functions/agent-team.ts'
import agentTemplates from '../../functions/agent-templates.ts'
import agentUdap from '../../functions/agent-udap.ts'
import agentUdaps from '../../functions/agent-udaps.ts'
import consultationTracking from '../../functions/consultation-tracking.ts'
import submitConsultation from '../../functions/consultations.ts'
import udapContacts from '../../functions/udap-contacts.ts'
import { issueLocalToken } from '../../src/server/agent/agent-tokens.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'
import { testAgentSecret } from '../support/test-environment.ts'

const db = useTestDatabase()

const agents = {
  chief: { id: '69000000-0000-4000-8000-000000000003', email: 'responsable.rhone@example.fr' },
  rhone: { id: '69000000-0000-4000-8000-000000000001', email: 'agent.rhone@example.fr' },
  bouches: { id: '13000000-0000-4000-8000-000000000001', email: 'agent.bouches@example.fr' },
}

const cookieFor = async (agent: { id: string; email: string }) =>
  `dedale_agent_session=${await issueLocalToken(testAgentSecret, agent)}`

function call(
  handler: (request: Request, context: Context) => Promise<Response>,
  path: string,
  cookie: string,
  method = 'GET',
  body?: unknown,
  params: Record<string, string> = {},
) {
  return handler(
    new Request(`http://localhost${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params } as unknown as Context,
  )
}

let mailDir: string

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'dedale-responsable-mail-'))
  process.env.MAIL_DIR = mailDir
  await db.sql.query(
    'insert into auth.users (id, email) values ($1, $2), ($3, $4), ($5, $6)',
    Object.values(agents).flatMap((agent) => [agent.id, agent.email]),
  )
  await db.sql.query(
    `insert into public.agents (user_id, udap_code, display_name, role) values
      ($1, '69', 'Responsable du Rhône', 'responsable'), ($2, '69', 'Agent du Rhône', 'agent'),
      ($3, '13', 'Agent des Bouches-du-Rhône', 'agent')`,
    [agents.chief.id, agents.rhone.id, agents.bouches.id],
  )
})

async function mailTo(address: string): Promise<string | undefined> {
  for (const file of await readdir(mailDir)) {
    const text = await readFile(join(mailDir, file), 'utf8')
    if (text.includes(address)) return text
  }
  return undefined
}

describe('the team', () => {
  it('lets the responsable invite an agent, who then signs in with the local issuer', async () => {
    const chief = await cookieFor(agents.chief)
    const invited = await call(agentTeam, '/api/agent/equipe', chief, 'POST', {
      display_name: 'Sacha Nouveau',
      email: 'Sacha.Nouveau@example.fr',
      role: 'agent',
    })
    expect(invited.status).toBe(201)
    const team = (await invited.json()) as { email: string; role: string; invited_at: string }[]
    expect(team.find((member) => member.email === 'sacha.nouveau@example.fr')).toMatchObject({
      role: 'agent',
      invited_at: expect.any(String),
    })
    expect((await mailTo('sacha.nouveau@example.fr'))?.replaceAll('=\n', '')).toMatch(
      /espace-agent\/connexion/,
    )

    const post = (body: unknown, cookie = '') =>
      agentSession(
        new Request('http://localhost/api/agent/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', cookie },
          body: JSON.stringify(body),
        }),
      )
    const sent = await post({ email: 'sacha.nouveau@example.fr' })
    const challenge = sent.headers.get('set-cookie')?.split(';')[0] ?? ''
    const mails = await Promise.all(
      (await readdir(mailDir)).map((file) => readFile(join(mailDir, file), 'utf8')),
    )
    const code = mails.map((text) => / est : (\d{6})/.exec(text)?.[1]).find(Boolean)
    const signedIn = await post({ email: 'sacha.nouveau@example.fr', code }, challenge)
    expect(signedIn.status).toBe(200)
    expect(await signedIn.json()).toMatchObject({ udap_code: '69', display_name: 'Sacha Nouveau' })
  })

  it('refuses an agent who is not responsable, in French, and invites no one', async () => {
    const refused = await call(
      agentTeam,
      '/api/agent/equipe',
      await cookieFor(agents.rhone),
      'POST',
      {
        display_name: 'Intrus',
        email: 'intrus@example.fr',
        role: 'responsable',
      },
    )
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      error: expect.stringMatching(/Seul le responsable de l’UDAP|Seul le responsable de l'UDAP/),
    })
    expect(await mailTo('intrus@example.fr')).toBeUndefined()
    const [row] = await db.sql.query<{ n: number }>(
      `select count(*)::int as n from auth.users where email = 'intrus@example.fr'`,
    )
    expect(row?.n).toBe(0)
    expect((await call(agentTeam, '/api/agent/equipe', await cookieFor(agents.rhone))).status).toBe(
      403,
    )
  })

  it('checks the invitation’s fields and refuses an address that is already an agent’s', async () => {
    const chief = await cookieFor(agents.chief)
    const bad = await call(agentTeam, '/api/agent/equipe', chief, 'POST', {
      display_name: 'X',
      email: 'pas-une-adresse',
      role: 'chef',
    })
    expect(bad.status).toBe(400)
    expect(
      ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort(),
    ).toEqual(['display_name', 'email', 'role'])
    const twice = await call(agentTeam, '/api/agent/equipe', chief, 'POST', {
      display_name: 'Agent des Bouches',
      email: agents.bouches.email,
      role: 'agent',
    })
    expect(twice.status).toBe(409)
    expect(await twice.json()).toMatchObject({ errors: [{ field: 'email' }] })
  })

  it('changes a role, deactivates (refused at the next call) and reactivates', async () => {
    const chief = await cookieFor(agents.chief)
    const rhone = await cookieFor(agents.rhone)
    const change = (body: unknown) => call(agentTeam, '/api/agent/equipe', chief, 'PATCH', body)
    expect((await change({ user_id: agents.rhone.id, role: 'responsable' })).status).toBe(200)
    expect((await change({ user_id: agents.rhone.id, role: 'agent' })).status).toBe(200)
    expect((await change({ user_id: agents.rhone.id, active: false })).status).toBe(200)
    expect((await call(agentInbox, '/api/agent/demandes', rhone)).status).toBe(403)
    expect((await change({ user_id: agents.rhone.id, active: true })).status).toBe(200)
    expect((await call(agentInbox, '/api/agent/demandes', rhone)).status).toBe(200)
    expect((await change({ user_id: agents.bouches.id, active: false })).status).toBe(404)
    const self = await change({ user_id: agents.chief.id, active: false })
    expect(self.status).toBe(403)
    expect(await self.json()).toMatchObject({ error: expect.stringMatching(/propre compte/) })
  })
})

describe('the UDAP’s public contact details', () => {
  it('are published by the responsable only, checked field by field, and dated on the public API', async () => {
    const chief = await cookieFor(agents.chief)
    const invalid = await call(agentUdap, '/api/agent/udap', chief, 'PUT', {
      address: 'x',
      phone: 'appelez-nous',
      email: 'udap@',
      opening: '',
    })
    expect(invalid.status).toBe(400)
    expect(
      ((await invalid.json()) as { errors: { field: string; message: string }[] }).errors.map(
        (e) => e.message.split(' :')[0],
      ),
    ).toEqual(['Adresse', 'Téléphone', 'Adresse e-mail'])
    const contact = {
      address: '6 quai Saint-Vincent, 69001 Lyon',
      phone: '04 72 00 00 00',
      email: 'udap.69@example.fr',
      opening: 'Du lundi au vendredi, de 9 h à 12 h.',
    }
    const byAgent = await call(
      agentUdap,
      '/api/agent/udap',
      await cookieFor(agents.rhone),
      'PUT',
      contact,
    )
    expect(byAgent.status).toBe(403)
    expect(
      (await (
        await udapContacts(new Request('http://localhost/api/udaps/coordonnees'))
      ).json()) as unknown[],
    ).toEqual([])
    const published = await call(agentUdap, '/api/agent/udap', chief, 'PUT', contact)
    expect(published.status).toBe(200)
    expect(await published.json()).toMatchObject({
      ...contact,
      contact_published_at: expect.any(String),
    })
    const open = await udapContacts(new Request('http://localhost/api/udaps/coordonnees'))
    expect(open.headers.get('cache-control')).toBe('public, max-age=300')
    expect(await open.json()).toEqual([
      { code: '69', ...contact, published_at: expect.any(String) },
    ])
  })
})

describe('reply templates', () => {
  it('are written by the responsable and only read by agents', async () => {
    const chief = await cookieFor(agents.chief)
    const rhone = await cookieFor(agents.rhone)
    const created = await call(agentTemplates, '/api/agent/modeles', chief, 'POST', {
      title: 'Accord de principe',
      body: 'Bonjour, votre projet paraît compatible.',
    })
    expect(created.status).toBe(201)
    const [template] = (await created.json()) as { id: string }[]
    const edited = await call(agentTemplates, '/api/agent/modeles', chief, 'POST', {
      id: template?.id,
      title: 'Accord de principe',
      body: 'Bonjour, votre projet est compatible.',
    })
    expect(await edited.json()).toMatchObject([{ body: 'Bonjour, votre projet est compatible.' }])
    const empty = await call(agentTemplates, '/api/agent/modeles', chief, 'POST', {
      title: 'T',
      body: '',
    })
    expect(
      ((await empty.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['title', 'body'])
    expect(
      (
        await call(agentTemplates, '/api/agent/modeles', rhone, 'POST', {
          title: 'Le mien',
          body: 'Texte',
        })
      ).status,
    ).toBe(403)
    expect(
      (await call(agentTemplates, `/api/agent/modeles?id=${template?.id}`, rhone, 'DELETE')).status,
    ).toBe(403)
    expect(await (await call(agentTemplates, '/api/agent/modeles', rhone)).json()).toHaveLength(1)
    expect(
      await (
        await call(agentTemplates, '/api/agent/modeles', await cookieFor(agents.bouches))
      ).json(),
    ).toEqual([])
    const deleted = await call(
      agentTemplates,
      `/api/agent/modeles?id=${template?.id}`,
      chief,
      'DELETE',
    )
    expect(await deleted.json()).toEqual([])
  })
})

describe('redirecting a request to another UDAP', () => {
  it('moves it to that UDAP’s inbox, journalled with the agent, and tells the applicant', async () => {
    const response = await submitConsultation(
      new Request('http://localhost/api/consultations', {
        method: 'POST',
        body: JSON.stringify(validConsultation()),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const { reference, trackingUrl } = (await response.json()) as {
      reference: string
      trackingUrl: string
    }
    const rhone = await cookieFor(agents.rhone)
    const bouches = await cookieFor(agents.bouches)
    const targets = (await (await call(agentUdaps, '/api/agent/udaps', rhone)).json()) as {
      code: string
    }[]
    expect(targets.map((t) => t.code)).toContain('13')
    expect(targets.map((t) => t.code)).not.toContain('69')
    const act = (cookie: string, body: unknown) =>
      call(agentRequest, `/api/agent/demandes/${reference}`, cookie, 'POST', body, { reference })
    const missing = await act(rhone, { action: 'redirect', udap: '13', motivation: '' })
    expect(await missing.json()).toMatchObject({ errors: [{ field: 'motivation' }] })
    const toSelf = await act(rhone, { action: 'redirect', udap: '69', motivation: 'Erreur' })
    expect(toSelf.status).toBe(400)
    expect(await toSelf.json()).toMatchObject({ errors: [{ field: 'udap' }] })
    expect((await act(bouches, { action: 'redirect', udap: '13', motivation: 'Vol' })).status).toBe(
      404,
    )

    const moved = await act(rhone, {
      action: 'redirect',
      udap: '13',
      motivation: 'Les travaux sont à Marseille, pas à Lyon.',
    })
    expect(moved.status).toBe(200)
    expect(await moved.json()).toMatchObject({ reference, udap_code: '13' })
    expect(
      (
        await call(agentRequest, `/api/agent/demandes/${reference}`, rhone, 'GET', undefined, {
          reference,
        })
      ).status,
    ).toBe(404)
    const inbox = (await (
      await call(agentInbox, '/api/agent/demandes?tab=a_traiter', bouches)
    ).json()) as {
      rows: { reference: string; status: string }[]
    }
    expect(inbox.rows).toContainEqual(expect.objectContaining({ reference, status: 'nouvelle' }))
    const view = (await (
      await call(agentRequest, `/api/agent/demandes/${reference}`, bouches, 'GET', undefined, {
        reference,
      })
    ).json()) as {
      events: { to_status: string | null; actor_id: string | null; motivation: string | null }[]
    }
    expect(view.events.find((event) => event.to_status === 'reorientee')).toMatchObject({
      actor_id: agents.rhone.id,
      motivation: expect.stringMatching(/Bouches-du-Rhône.*Marseille, pas à Lyon/),
    })
    const [mail] = await db.sql.query<{ payload: { status: string } }>(
      `select o.payload from public.outbox o join public.consultations c on c.id = o.consultation_id
       where c.reference = $1 and o.kind = 'changement_statut'`,
      [reference],
    )
    expect(mail?.payload.status).toBe('reorientee')
    const token = trackingUrl.split('#')[1] ?? ''
    const tracking = (await (
      await consultationTracking(
        new Request('http://localhost/api/tracking', {
          headers: { Authorization: `Bearer ${token}` },
        }),
      )
    ).json()) as {
      reference: string
      udap: { name: string }
      timeline: { motivation?: string | null }[]
    }
    expect(tracking.reference).toBe(reference)
    expect(tracking.udap.name).toBe('UDAP des Bouches-du-Rhône')
    expect(
      tracking.timeline.some((step) => step.motivation?.includes('Marseille, pas à Lyon')),
    ).toBe(true)
  })
})
