// The site built against a real database and with Matomo configured: /stats/ shows the
// database's figures and not one personal detail; every page carries the Matomo settings, and
// the CSP names the Matomo origin and nothing else.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { useTestDatabase } from '../support/test-database.ts'

const db = useTestDatabase()
const root = join(import.meta.dirname, '..', '..')
const matomo = { MATOMO_URL: 'https://audience.culture.example/matomo/', MATOMO_SITE_ID: '42' }
// Distinctive people and words: none may reach the built site.
const personal = [
  'Théodebert',
  'Vandenbroucke-Ossipova',
  'theodebert.vdb@example.org',
  '0687654321',
  '11 venelle des Confidences',
  'Pergola secrète',
]
let outDir = ''

afterAll(() => (outDir ? rm(outDir, { recursive: true, force: true }) : undefined))

// One build takes a minute or more: on PGlite only, not again on the PostgreSQL target.
describe.skipIf(inject('databaseTarget') === 'postgres')(
  'the site built with a database and Matomo',
  () => {
    it('builds', { timeout: 600_000 }, async () => {
      for (let i = 0; i < 6; i++)
        await db.sql.query(
          `select public.submit_consultation(jsonb_build_object('applicant_kind', 'particulier', 'first_name', $1::text,
          'last_name', $2::text, 'email', $3::text, 'phone', $4::text, 'address', $5::text, 'postcode', '69005',
          'commune', 'Lyon', 'works_types', array['toiture'], 'description', $6::text || ' : pose d’une pergola au jardin.',
          'project_stage', 'esquisse', 'consent', true), sha256(gen_random_uuid()::text::bytea), 'http://localhost/suivi/#x')`,
          personal,
        )
      await db.sql.query(`select public.record_page_feedback('/', false, $1)`, [
        `${personal[0]} ${personal[3]}`,
      ])
      outDir = await mkdtemp(join(tmpdir(), 'dedale-build-'))
      // Asynchronous: the database is served from this very process, which must keep answering.
      await promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: db.url, ...matomo },
        maxBuffer: 64 * 1024 * 1024,
      })
    })

    it('shows the database’s figures on /stats/, without any personal data', async () => {
      const page = await readFile(join(outDir, 'stats', 'index.html'), 'utf8')
      const snapshot = await readFile(join(outDir, 'stats', 'chiffres.json'), 'utf8')
      expect(JSON.parse(snapshot), snapshot).toMatchObject({
        available: true,
        figures: { demo: false, requests: 6 },
      })
      expect(page).toMatch(/data-stats-demo hidden/)
      for (const text of [page, snapshot])
        for (const value of personal) expect(text.toLowerCase()).not.toContain(value.toLowerCase())
    })

    it('puts the Matomo settings and script in every page of the site', async () => {
      const files = (await readdir(outDir, { recursive: true })).filter((name) =>
        name.endsWith('.html'),
      )
      // The embeddable form runs inside partners' pages, the agents' workspace shows requests and
      // the CMS is the editors': none of them measures anything.
      const embedded = files.filter((name) => /^(embed|espace-agent|admin)\//.test(name))
      const pages = files.filter((name) => !embedded.includes(name))
      expect(pages.length).toBeGreaterThan(5)
      expect(embedded.length).toBeGreaterThan(0)
      for (const page of embedded)
        expect(await readFile(join(outDir, page), 'utf8'), page).not.toContain('matomo')
      for (const page of pages) {
        const html = await readFile(join(outDir, page), 'utf8')
        expect(html, page).toContain(
          '<meta name="matomo-url" content="https://audience.culture.example/matomo">',
        )
        expect(html, page).toContain('<meta name="matomo-site-id" content="42">')
        expect(html, page).toMatch(
          /<script type="module" src="\/_astro\/Analytics\.astro[^"]+\.js">/,
        )
      }
    })

    it('allows the Matomo origin in connect-src only', async () => {
      const headers = await readFile(join(outDir, '_headers'), 'utf8')
      expect(headers).toContain("connect-src 'self' https://audience.culture.example;")
      expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval';")
      // Once in each rule: the pages', and the embeddable form's (the agents' workspace measures nothing).
      expect(headers.match(/audience\.culture\.example/g)).toHaveLength(2)
    })
  },
)
