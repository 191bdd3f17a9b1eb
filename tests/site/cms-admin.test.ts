// The CMS in the built site (dist/admin/): there for editors, invisible to the site's visitors.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { adminTitle } from '../../src/cms/admin-title.ts'
import { adminContentSecurityPolicy } from '../../src/integrations/security-headers.ts'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const read = (file: string) => readFile(join(dist, file), 'utf8')

describe('/admin/', () => {
  it('holds Decap CMS from node_modules, the site’s script and the generated configuration', async () => {
    const files = await readdir(join(dist, 'admin'))
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'decap-cms.js', 'admin.js', 'config.yml']),
    )
    const page = await read('admin/index.html')
    expect(page).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(page).toContain(`<title>${adminTitle}</title>`)
    // The stylesheet that corrects Decap's contrasts and focus, as a file (the CSP has no inline code).
    expect(page).toContain('<link rel="stylesheet" href="/admin/admin.css">')
    expect(files).toContain('admin.css')
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">')
    // Scripts from this site only: no CDN.
    expect([...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/admin/decap-cms.js',
      '/admin/admin.js',
    ])
    const config = JSON.parse(await read('admin/config.yml'))
    expect(config).toMatchObject({ locale: 'fr', publish_mode: 'editorial_workflow' })
  })

  it('has its own CSP, after the site’s', async () => {
    const rules = (await read('_headers')).split(/\n(?=\/)/)
    expect(rules.at(-1)).toBe(
      `/admin/*\n  Content-Security-Policy: ${adminContentSecurityPolicy()}\n`,
    )
  })

  it('is in neither the sitemap nor the search index, and no page of the site loads the CMS', async () => {
    const sitemaps = (await readdir(dist)).filter((file) => file.startsWith('sitemap'))
    expect(sitemaps.length).toBeGreaterThan(0)
    for (const sitemap of sitemaps) expect(await read(sitemap)).not.toContain('/admin')
    expect(await read('admin/index.html')).not.toContain('data-pagefind-body')
    const pages = (await readdir(dist, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin/'),
    )
    // The statement's audit may name /admin/ in its text: what matters is that no page loads it.
    for (const page of pages)
      expect(await read(page), page).not.toMatch(/decap|<script[^>]*src="\/admin\//)
  })
})
