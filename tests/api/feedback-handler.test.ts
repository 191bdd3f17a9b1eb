import type { Context } from '@netlify/functions'
import { describe, expect, it } from 'vitest'
import feedback from '../../functions/feedback.ts'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()

const url = 'http://localhost:8888/api/feedback'
const votes = () =>
  db.sql.query<{ page: string; useful: boolean; comment: string | null }>(
    'select page, useful, comment from public.page_feedback order by id',
  )

const post = (body: unknown) =>
  feedback(
    new Request(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    }),
  )

describe('POST /api/feedback', () => {
  it('records a vote sent as JSON', async () => {
    const response = await feedback(
      new Request(url, {
        method: 'POST',
        body: JSON.stringify({ page: '/demander-un-conseil/', useful: true }),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    expect(response.status).toBe(201)
    expect(await votes()).toEqual([{ page: '/demander-un-conseil/', useful: true, comment: null }])
  })

  it('lets the comment typed after a vote complete that vote, once', async () => {
    const vote = await post({ page: '/fiches-travaux/piscines/', useful: false })
    const { followUp } = (await vote.json()) as { followUp: string }
    const comment = { page: '/fiches-travaux/piscines/', useful: false, followUp }
    const before = (await votes()).length
    expect((await post({ ...comment, comment: 'La distance à la limite du terrain' })).status).toBe(
      201,
    )
    expect((await votes()).length).toBe(before)
    expect((await votes()).at(-1)).toEqual({
      page: '/fiches-travaux/piscines/',
      useful: false,
      comment: 'La distance à la limite du terrain',
    })
    const again = await post({ ...comment, comment: 'Autre chose' })
    expect(again.status).toBe(409)
    expect((await votes()).at(-1)?.comment).toBe('La distance à la limite du terrain')
  })

  it.each([
    ['a forged token', { followUp: `1.${'A'.repeat(22)}`, comment: 'Texte' }, 'followUp'],
    ['no comment', { followUp: `1.${'A'.repeat(22)}` }, 'comment'],
    ['a malformed token', { followUp: 'abc', comment: 'Texte' }, 'followUp'],
  ])('refuses a follow-up with %s', async (_case, extra, field) => {
    const before = await votes()
    const response = await post({ page: '/', useful: true, ...extra })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
      field,
    )
    expect(await votes()).toEqual(before)
  })

  it('records a plain form vote with its comment and sends the person back to the page', async () => {
    const body = new URLSearchParams({
      page: '/accessibilite/',
      useful: 'non',
      comment: '  Le délai de réponse  ',
    })
    const response = await feedback(
      new Request(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://localhost:8888/accessibilite/#avis-merci')
    expect((await votes()).at(-1)).toEqual({
      page: '/accessibilite/',
      useful: false,
      comment: 'Le délai de réponse',
    })
  })

  it.each([
    [{ page: 'https://ailleurs.example/', useful: true }, 'page'],
    [{ page: '/', useful: 'peut-être' }, 'useful'],
    [{ page: '/', useful: true, comment: 'x'.repeat(1001) }, 'comment'],
    [{ page: '/', useful: true, email: 'a@b.fr' }, ''],
  ])('refuses %j with a French message naming the field', async (body, field) => {
    const before = (await votes()).length
    const response = await feedback(
      new Request(url, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
      field,
    )
    expect((await votes()).length).toBe(before)
  })

  it.each(['//3627733732/phish', '/\\evil.example/', '/a//b'])(
    'refuses the page %s, which would lead off the site (open redirect)',
    async (page) => {
      const response = await feedback(
        new Request(url, {
          method: 'POST',
          body: new URLSearchParams({ page, useful: 'oui' }),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      )
      expect(response.status).toBe(400)
      expect(response.headers.get('location')).toBeNull()
    },
  )

  it('redirects to the configured site, whatever the request’s Host', async () => {
    const response = await feedback(
      new Request('https://evil.example/api/feedback', {
        method: 'POST',
        body: new URLSearchParams({ page: '/aide/', useful: 'oui' }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(response.headers.get('location')).toBe('http://localhost:8888/aide/#avis-merci')
  })

  it('refuses a vote posted from another site (403), recording nothing', async () => {
    const before = (await votes()).length
    const response = await feedback(
      new Request(url, {
        method: 'POST',
        body: new URLSearchParams({ page: '/', useful: 'non' }),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'https://evil.example',
        },
      }),
    )
    expect(response.status).toBe(403)
    expect((await votes()).length).toBe(before)
  })

  it('ignores an address header the client sets: one client cannot exhaust a shared bucket', async () => {
    process.env.ANTISPAM = 'on'
    try {
      const statuses = []
      for (let i = 0; i < 35; i++) {
        const response = await feedback(
          new Request(url, {
            method: 'POST',
            body: JSON.stringify({ page: '/', useful: true }),
            headers: {
              'Content-Type': 'application/json',
              'x-nf-client-connection-ip': '192.0.2.99',
              'x-forwarded-for': '192.0.2.99',
            },
          }),
        )
        statuses.push(response.status)
      }
      expect(statuses.every((status) => status === 201)).toBe(true)
    } finally {
      process.env.ANTISPAM = 'off'
    }
  })

  it('trusts the proxy header named by TRUSTED_IP_HEADER, its last entry only', async () => {
    process.env.ANTISPAM = 'on'
    process.env.TRUSTED_IP_HEADER = 'x-forwarded-for'
    try {
      const send = (forwarded: string) =>
        feedback(
          new Request(url, {
            method: 'POST',
            body: JSON.stringify({ page: '/', useful: true }),
            headers: { 'Content-Type': 'application/json', 'x-forwarded-for': forwarded },
          }),
        )
      const statuses = []
      // The client varies the entries it writes; the proxy appends the real address last.
      for (let i = 0; i < 31; i++) statuses.push((await send(`10.1.1.${i}, 198.51.100.4`)).status)
      expect(statuses.filter((status) => status === 201)).toHaveLength(30)
      expect(statuses.at(-1)).toBe(429)
    } finally {
      process.env.ANTISPAM = 'off'
      delete process.env.TRUSTED_IP_HEADER
    }
  })

  it('limits votes per address when anti-spam is on', async () => {
    process.env.ANTISPAM = 'on'
    try {
      const send = () =>
        feedback(
          new Request(url, {
            method: 'POST',
            body: JSON.stringify({ page: '/', useful: true }),
            headers: { 'Content-Type': 'application/json' },
          }),
          { ip: '192.0.2.7' } as Context,
        )
      const statuses = []
      for (let i = 0; i < 31; i++) statuses.push((await send()).status)
      expect(statuses.filter((status) => status === 201)).toHaveLength(30)
      expect(statuses.at(-1)).toBe(429)
    } finally {
      process.env.ANTISPAM = 'off'
    }
  })
})
