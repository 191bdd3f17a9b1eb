// Through Netlify's emulator, as `npm start` serves it: real HTTP, functions evaluated per call.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import {
  type LocalServerProcess,
  startLocalServerProcess,
} from '../support/local-server-process.ts'

let dataDir: string
let server: LocalServerProcess
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dedale-http-'))
  server = await startLocalServerProcess(join(dataDir, 'pglite'))
  // The emulator bundles every function on the first call (tens of seconds on a busy machine).
  await fetch(`${server.url}/api/health`)
})
afterAll(async () => {
  await server?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

const post = (body: string, type = 'application/json') =>
  fetch(`${server.url}/api/consultations`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': type },
  })

describe('local server', () => {
  it('serves the home page in French with the DSFR header and footer', async () => {
    const response = await fetch(`${server.url}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="fr"')
    expect(html).toContain('class="fr-header"')
    // The statement's status, generated from the audit grid (docs/accessibilite/).
    expect(html).toMatch(/Accessibilité : (non|partiellement|totalement) conforme/)
  })

  it('sends the security headers of netlify.toml with the pages', async () => {
    const headers = (await fetch(`${server.url}/demander-un-conseil/`)).headers
    const csp = headers.get('content-security-policy') ?? ''
    const directive = (name: string) =>
      csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `)) ?? ''
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'")
    expect(csp).not.toContain('unsafe-inline')
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('camera=()')
  })

  it.each([
    ['/embed/demander-un-conseil/', 'frame-ancestors *'],
    ['/embed/demander-un-conseil/confirmation/', 'frame-ancestors *'],
    ['/embed/dedale-embed.js', 'frame-ancestors *'],
    ['/demander-un-conseil/', "frame-ancestors 'none'"],
    ['/integrer-le-formulaire/', "frame-ancestors 'none'"],
    ['/suivi/', "frame-ancestors 'none'"],
  ])('lets partner sites frame %s only if it is under /embed/ (%s)', async (path, expected) => {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp.split(';').map((part) => part.trim())).toContain(expected)
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  })

  it('never lets a cache keep an API answer', async () => {
    expect((await fetch(`${server.url}/api/health`)).headers.get('cache-control')).toBe('no-store')
  })

  it('serves the sitemap and the search index', async () => {
    expect((await fetch(`${server.url}/sitemap-index.xml`)).status).toBe(200)
    expect((await fetch(`${server.url}/pagefind/pagefind.js`)).status).toBe(200)
  })

  it('answers an unknown page with 404', async () => {
    expect((await fetch(`${server.url}/cette-page-n-existe-pas/`)).status).toBe(404)
  })

  // A restarted emulator bundles the functions again on their first call (about 20 s on a quiet
  // machine, over two minutes on a busy one: a slow machine is not a wrong answer).
  it('stores a submission that survives a restart', { timeout: 300_000 }, async () => {
    const response = await post(JSON.stringify(validConsultation()))
    expect(response.status).toBe(201)
    const body = (await response.json()) as { reference: string; trackingUrl: string }
    expect(body.reference).toMatch(/^69-\d{4}-\d{5}$/)
    expect(body.trackingUrl.startsWith(`${server.url}/suivi/#`)).toBe(true)

    const token = body.trackingUrl.split('#')[1] ?? ''

    await server.stop()
    server = await startLocalServerProcess(join(dataDir, 'pglite'))
    const tracked = await fetch(`${server.url}/api/tracking`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(tracked.status).toBe(200)
    expect(((await tracked.json()) as { reference: string }).reference).toBe(body.reference)
  })

  it.each([
    ['bad JSON', '{', 'application/json', 400],
    [
      'a missing field',
      JSON.stringify({ ...validConsultation(), lastName: undefined }),
      'application/json',
      400,
    ],
    ['a wrong content type', JSON.stringify(validConsultation()), 'text/plain', 415],
  ])('refuses %s with a French error', async (_case, body, type, status) => {
    const response = await post(body, type)
    expect(response.status).toBe(status)
    expect(((await response.json()) as { error: string }).error).toBeTruthy()
  })

  it('refuses GET on the submission endpoint with 405', async () => {
    expect((await fetch(`${server.url}/api/consultations`)).status).toBe(405)
  })
})
