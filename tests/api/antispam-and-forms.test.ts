// Anti-spam (honeypot, time-trap, proof of work, rate limits), plain form posts and embedding.
import { solveChallenge } from 'altcha-lib/v1'
import { afterEach, describe, expect, it, vi } from 'vitest'
import challenge from '../../functions/challenge.ts'
import submitConsultation from '../../functions/consultations.ts'
import { createChallenge } from '../../src/server/antispam/challenge.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { useTestDatabase } from '../support/test-database.ts'
import { testSecret } from '../support/test-environment.ts'

const db = useTestDatabase()
afterEach(() => {
  process.env.ANTISPAM = 'off'
  process.env.EMBED_ORIGINS = ''
  vi.useRealTimers()
})

const url = 'http://localhost:8888/api/consultations'
const stored = async () =>
  Number(
    (await db.sql.query<{ n: string }>('select count(*) as n from public.consultations'))[0]?.n,
  )

/** Solves a challenge as the browser does, answering the payload the form sends. */
async function solved(shownSecondsAgo: number): Promise<string> {
  const issued = await createChallenge(testSecret, new Date(Date.now() - shownSecondsAgo * 1000))
  const solution = await solveChallenge(
    issued.challenge,
    issued.salt,
    issued.algorithm,
    issued.maxnumber,
  ).promise
  if (!solution) throw new Error('unsolvable challenge')
  return btoa(
    JSON.stringify({
      algorithm: issued.algorithm,
      challenge: issued.challenge,
      number: solution.number,
      salt: issued.salt,
      signature: issued.signature,
    }),
  )
}

const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  submitConsultation(
    new Request(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  )

describe('anti-spam, when on', () => {
  it('accepts a request whose challenge was solved after 3 seconds', async () => {
    process.env.ANTISPAM = 'on'
    const response = await post({
      ...validConsultation({ lastName: 'Humaine' }),
      altcha: await solved(10),
    })
    expect(response.status).toBe(201)
  })

  it.each([
    ['no challenge', async () => undefined, 'Rechargez la page'],
    [
      'a forged challenge',
      async () =>
        btoa('{"algorithm":"SHA-256","challenge":"x","number":1,"salt":"y","signature":"z"}'),
      'Rechargez la page',
    ],
  ])('refuses %s, storing nothing', async (_case, altcha, message) => {
    process.env.ANTISPAM = 'on'
    const before = await stored()
    const response = await post({ ...validConsultation(), altcha: await altcha() })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toContain(message)
    expect(await stored()).toBe(before)
  })

  it('refuses an expired challenge by its field, so that the form fetches a fresh one (RGAA 13.1)', async () => {
    process.env.ANTISPAM = 'on'
    // Shown 61 minutes ago: the challenge lived 60.
    const altcha = await solved(61 * 60)
    const before = await stored()
    const response = await post({ ...validConsultation(), altcha })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors?: { field: string; message: string }[] }
    expect(body.errors?.[0]?.field).toBe('altcha')
    expect(body.errors?.[0]?.message).toContain('vos réponses sont conservées')
    expect(await stored()).toBe(before)
  })

  it('refuses a form sent 1 second after it was shown (time-trap)', async () => {
    process.env.ANTISPAM = 'on'
    const shown = Date.now()
    const altcha = await solved(0)
    // However long the solving took here, the server's clock reads one second after showing.
    vi.useFakeTimers({ toFake: ['Date'], now: shown + 1000 })
    const response = await post({ ...validConsultation(), altcha })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toContain('trop vite')
  })

  it('refuses a filled honeypot', async () => {
    process.env.ANTISPAM = 'on'
    const response = await post({
      ...validConsultation(),
      altcha: await solved(10),
      siteWeb: 'https://spam.example',
    })
    expect(response.status).toBe(400)
  })

  it('accepts a solved challenge once: a replay is refused, storing nothing', async () => {
    process.env.ANTISPAM = 'on'
    const altcha = await solved(10)
    expect((await post({ ...validConsultation({ lastName: 'Unique' }), altcha })).status).toBe(201)
    const before = await stored()
    for (let i = 0; i < 2; i++) {
      const replay = await post({ ...validConsultation({ email: `autre${i}@example.fr` }), altcha })
      expect(replay.status).toBe(400)
    }
    expect(await stored()).toBe(before)
  })

  // Six proofs of work to solve: slow on a busy machine.
  it('limits one mailbox to 5 requests a day, whatever its +tags and gmail dots (429, Retry-After)', {
    timeout: 90_000,
  }, async () => {
    process.env.ANTISPAM = 'on'
    const emails = [
      'jean.pressee@gmail.com',
      'jeanpressee+1@gmail.com',
      'Jean.Pressee+2@googlemail.com',
      'j.e.a.n.pressee@gmail.com',
      'jeanpressee+z@gmail.com',
      'jean.pressee+6@gmail.com',
    ]
    const statuses: number[] = []
    for (const email of emails) {
      const response = await post({ ...validConsultation({ email }), altcha: await solved(10) })
      statuses.push(response.status)
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('serves challenges to solve', async () => {
    const response = await challenge(new Request('http://localhost:8888/api/challenge'))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ algorithm: 'SHA-256', maxnumber: 100_000 })
  })
})

describe('plain form posts (no JavaScript)', () => {
  const form = (fields: [string, string][]) =>
    submitConsultation(
      new Request(url, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    )
  const valid: [string, string][] = [
    ['address', '12 rue Saint-Jean'],
    ['postcode', '69005'],
    ['commune', 'Lyon'],
    ['protection', 'spr'],
    ['worksTypes', 'menuiseries'],
    ['worksTypes', 'facade_ravalement'],
    ['description', 'Fenêtres et façade, à l’identique.'],
    ['projectStage', 'esquisse'],
    ['applicantKind', 'particulier'],
    ['firstName', 'Camille'],
    ['lastName', 'Formulaire'],
    ['email', 'camille@example.fr'],
    ['phone', ''],
    ['answerKind', 'ecrite'],
    ['consent', 'true'],
    ['siteWeb', ''],
  ]

  it('stores the request and sends the person to the tracking page (303)', async () => {
    const response = await form(valid)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(
      /^http:\/\/localhost:8888\/suivi\/\?envoyee=1#[\w-]{43}$/,
    )
    const [row] = await db.sql.query<{ works_types: string }>(
      `select works_types::text from public.consultations where last_name = 'Formulaire'`,
    )
    expect(row?.works_types).toBe('{menuiseries,facade_ravalement}')
  })

  it('answers errors with a page that lists them and leads back to the form', async () => {
    const response = await form(valid.filter(([name]) => name !== 'email'))
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<li>Adresse e-mail : ce champ est obligatoire.</li>')
    expect(html).toContain('href="/demander-un-conseil/"')
  })

  /** The hidden fields of the confirmation page, as the browser posts them back. */
  const hiddenFields = (html: string): [string, string][] =>
    [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((match) => [
      unescapeHtml(match[1] ?? ''),
      unescapeHtml(match[2] ?? ''),
    ])
  const unescapeHtml = (text: string) =>
    text
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&')
  const byName = async (name: string) =>
    Number(
      (
        await db.sql.query<{ n: string }>(
          'select count(*) as n from public.consultations where last_name = $1',
          [name],
        )
      )[0]?.n,
    )

  it('with anti-spam on, stores nothing from a first post: it answers a page to confirm, with a signed token', async () => {
    process.env.ANTISPAM = 'on'
    const fields = valid.map(([name, value]): [string, string] =>
      name === 'lastName' ? [name, 'SansJeton'] : [name, value],
    )
    const response = await form(fields)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<h1>Confirmez l’envoi de votre demande</h1>')
    expect(html).toContain('action="/api/consultations"')
    expect(hiddenFields(html).find(([name]) => name === 'jetonEnvoi')?.[1]).toMatch(/^\d+\./)
    expect(await byName('SansJeton')).toBe(0)
  })

  it('stores the confirmed request once: confirmed after 3 seconds (303), its token refused the second time', async () => {
    process.env.ANTISPAM = 'on'
    const fields = valid.map(([name, value]): [string, string] =>
      name === 'lastName' ? [name, 'Confirmee'] : [name, value],
    )
    const page = await (await form(fields)).text()
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 5000 })
    const confirmed = await form(hiddenFields(page))
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toMatch(
      /^http:\/\/localhost:8888\/suivi\/\?envoyee=1#[\w-]{43}$/,
    )
    expect(await byName('Confirmee')).toBe(1)
    const replayed = await form(hiddenFields(page))
    expect(replayed.status).toBe(400)
    expect(await byName('Confirmee')).toBe(1)
  })

  it('asks again when the confirmation comes too fast (time-trap), storing nothing', async () => {
    process.env.ANTISPAM = 'on'
    const fields = valid.map(([name, value]): [string, string] =>
      name === 'lastName' ? [name, 'Pressee'] : [name, value],
    )
    const page = await (await form(fields)).text()
    const again = await form(hiddenFields(page))
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('Prenez le temps de relire')
    expect(await byName('Pressee')).toBe(0)
  })

  it('refuses a forged token', async () => {
    process.env.ANTISPAM = 'on'
    const response = await form([...valid, ['jetonEnvoi', `${Date.now() - 10_000}.abc.faux`]])
    expect(response.status).toBe(400)
  })

  it('builds the tracking link on SITE_URL, never on the request’s Host', async () => {
    const response = await submitConsultation(
      new Request('https://evil.example/api/consultations', {
        method: 'POST',
        body: new URLSearchParams(valid),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/^http:\/\/localhost:8888\/suivi\//)
    const [mail] = await db.sql.query<{ url: string }>(
      `select payload ->> 'tracking_url' as url from public.outbox where kind = 'accuse_reception' order by id desc limit 1`,
    )
    expect(mail?.url).toMatch(/^http:\/\/localhost:8888\/suivi\/#/)
  })

  it('refuses a filled honeypot when anti-spam is on', async () => {
    process.env.ANTISPAM = 'on'
    const response = await form([
      ...valid.filter(([name]) => name !== 'siteWeb'),
      ['siteWeb', 'http://spam.example'],
    ])
    expect(response.status).toBe(400)
  })
})

describe('embedding in partner sites', () => {
  const partner = 'https://www.mairie-exemple.fr'

  it('answers an allowed origin with CORS headers and records it as the source', async () => {
    process.env.EMBED_ORIGINS = partner
    const response = await post(validConsultation({ lastName: 'Partenaire' }), { Origin: partner })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(partner)
    const [row] = await db.sql.query<{ source: string }>(
      `select source from public.consultations where last_name = 'Partenaire'`,
    )
    expect(row?.source).toBe(partner)
  })

  it.each([
    ['https://www.mairie-exemple.fr', 'https://www.mairie-exemple.fr'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['https://www.mairie-exemple.fr/page', 'site'],
    ['javascript:alert(1)', 'site'],
  ])(
    'records the origin %s declared by the embedded form as the source: %s',
    async (declared, source) => {
      const lastName = `Cadre-${source === 'site' ? 'refuse' : 'accepte'}-${declared.length}`
      const response = await post(validConsultation({ lastName }), { 'Dedale-Origine': declared })
      expect(response.status).toBe(201)
      const [row] = await db.sql.query<{ source: string }>(
        'select source from public.consultations where last_name = $1',
        [lastName],
      )
      expect(row?.source).toBe(source)
    },
  )

  it('answers the preflight of an allowed origin', async () => {
    process.env.EMBED_ORIGINS = partner
    const response = await submitConsultation(
      new Request(url, { method: 'OPTIONS', headers: { Origin: partner } }),
    )
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-headers')).toContain('Idempotency-Key')
  })

  it('refuses another origin with 403', async () => {
    process.env.EMBED_ORIGINS = partner
    const before = await stored()
    const response = await post(validConsultation(), { Origin: 'https://ailleurs.example' })
    expect(response.status).toBe(403)
    expect(await stored()).toBe(before)
  })
})
