// The built site without any configuration: /stats/ from the demo seed, the feedback form on
// content pages, and no analytics at all.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const read = (path: string) => readFile(join(dist, path), 'utf8')
const htmlFiles = async () =>
  (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.html'))

describe('/stats/ built with the demo seed', () => {
  it('shows the figures, labelled as a demonstration', async () => {
    const html = await read('stats/index.html')
    expect(html).toMatch(/<div class="fr-alert fr-alert--info[^"]*" data-stats-demo[\s>]/)
    expect(html).toContain('Chiffres de démonstration')
    expect(html).not.toContain('data-stats-unavailable')
    const tile = /data-stat="requestsLast12Months"[^>]*>([^<]+)</.exec(html)?.[1]
    expect(tile).toMatch(/^\d+$/)
    expect(html).toContain('Objectif : réduire le délai de réponse')
  })

  it('draws accessible charts, each followed by its table', async () => {
    const html = await read('stats/index.html')
    const charts = [...html.matchAll(/<svg role="img" aria-labelledby="([\w-]+) ([\w-]+)"/g)]
    expect(charts).toHaveLength(2)
    for (const [, title, description] of charts) {
      expect(html).toContain(`<title id="${title}"`)
      expect(html).toContain(`<desc id="${description}"`)
    }
    expect(html).toMatch(/<caption[^>]*>Demandes reçues par mois \(tableau\)<\/caption>/)
    expect(html).toMatch(/<th scope="row"[^>]*>UDAP du Rhône<\/th>/)
    // The seed's 3 requests in Ille-et-Vilaine are too few to be shown.
    expect(html).not.toContain('Ille-et-Vilaine')
  })

  it('writes the snapshot it was built with', async () => {
    const snapshot = JSON.parse(await read('stats/chiffres.json'))
    expect(snapshot).toMatchObject({
      available: true,
      figures: { demo: true, minimumGroupSize: 5 },
    })
  })

  it('has no style attribute in any page (strict CSP)', async () => {
    for (const file of await htmlFiles()) expect(await read(file), file).not.toMatch(/\sstyle=/)
  })
})

describe('page feedback', () => {
  it.each(['mentions-legales/index.html', 'index.html'])(
    'is asked at the bottom of %s',
    async (file) => {
      const html = await read(file)
      const path = `/${file.replace(/index\.html$/, '')}`
      expect(html).toContain('<form method="post" action="/api/feedback"')
      expect(html).toContain(`<input type="hidden" name="page" value="${path}"`)
      expect(html).toContain('Cette page vous a-t-elle été utile ?')
      expect(html).toContain('id="avis-merci"')
    },
  )
})

describe('analytics without MATOMO_URL', () => {
  it('leaves no trace in the pages', async () => {
    for (const file of await htmlFiles()) {
      const html = await read(file)
      expect(html, file).not.toMatch(/<meta name="matomo-/)
      expect(html, file).not.toMatch(/src="[^"]*Analytics\.astro/)
    }
  })

  it('keeps the CSP to this site only', async () => {
    const headers = await read('_headers')
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: /)
    expect(headers).toContain("connect-src 'self';")
    expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval';")
    // Only the CMS's rule (/admin/*, tests/site/cms-admin.test.ts) allows inline styles.
    const siteRules = headers.split(/\n(?=\/)/).filter((rule) => !rule.startsWith('/admin/'))
    for (const rule of siteRules) expect(rule).not.toContain('unsafe-inline')
  })
})
