// Checks on the built site (dist/): valid HTML, links that lead somewhere, pages within budget.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import htmlValidateConfig from '../../.htmlvalidate.mjs'
import { checkLinks } from '../../src/integrations/link-check.ts'
import { measureSite, overBudget } from '../../src/integrations/page-weight.ts'
import { functionFor } from '../support/function-routes.ts'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const validator = new HtmlValidate(htmlValidateConfig)

describe('the built site', () => {
  it('is valid HTML, page by page', async () => {
    // admin/ is the CMS's shell (Decap CMS draws it), not a page of the site: tests/site/cms-admin.test.ts.
    const pages = (await readdir(dist, { recursive: true })).filter(
      (name) => name.endsWith('.html') && !name.startsWith('admin/'),
    )
    expect(pages.length).toBeGreaterThan(5)
    const problems: string[] = []
    for (const page of pages) {
      const result = await validator.validateFile(join(dist, page))
      for (const message of result.results.flatMap((r) => r.messages)) {
        problems.push(
          `${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
        )
      }
    }
    expect(problems).toEqual([])
  })

  it('has no internal link or anchor leading nowhere', async () => {
    // Links to a function's route (ProConnect's sign-in) lead to that function.
    const report = await checkLinks(dist, (pathname) => functionFor(pathname) !== undefined)
    expect(report.broken).toEqual([])
    // External links are listed, not fetched: a person reviews the report with the content.
    expect(report.external).toContain(
      'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032859737',
    )
    await mkdir(join('.data', 'reports'), { recursive: true })
    await writeFile(
      join('.data', 'reports', 'external-links.txt'),
      `${report.external.join('\n')}\n`,
    )
  })

  it('keeps every page within its budget, with no request to another origin', async () => {
    const weights = await measureSite(dist)
    expect(weights.length).toBeGreaterThan(5)
    expect(overBudget(weights)).toEqual([])
  })
})

describe('the checks themselves', () => {
  it('catch an image without alternative text', async () => {
    const result = await validator.validateString(
      '<!doctype html><html lang="fr"><head><title>T</title></head><body><main><img src="/a.png"></main></body></html>',
    )
    expect(result.results[0]?.messages.map((message) => message.ruleId)).toContain('wcag/h37')
  })

  it('catch a link to a missing page and to a missing anchor', async () => {
    const site = join('.data', `broken-site-${process.pid}`)
    await mkdir(join(site, 'a'), { recursive: true })
    await writeFile(
      join(site, 'index.html'),
      '<a href="/a/">ok</a><a href="/absente/">absente</a><a href="/a/#nulle-part">ancre</a><a href="/api/x">fonction</a><a href="#dessine" data-target-drawn-by-script>dessinée</a>',
    )
    await writeFile(join(site, 'a', 'index.html'), '<h1 id="titre">A</h1>')
    expect((await checkLinks(site)).broken).toEqual([
      '/index.html → /absente/',
      '/index.html → /a/#nulle-part (no element #nulle-part)',
      '/index.html → /api/x',
    ])
    // A path a function answers leads somewhere; nothing else does. A target drawn by a script
    // (marked) is not looked for in the built page.
    expect((await checkLinks(site, (pathname) => pathname === '/api/x')).broken).toHaveLength(2)
  })

  it('catch an over-budget script and a request to another origin', async () => {
    const site = join('.data', `heavy-site-${process.pid}`)
    await mkdir(join(site, '_astro'), { recursive: true })
    // Random characters hardly compress: 40 kB of them stay well over the 27 kB budget gzipped.
    const noise = Array.from({ length: 40 * 1024 }, () =>
      String.fromCharCode(33 + Math.floor(Math.random() * 90)),
    ).join('')
    await writeFile(join(site, '_astro', 'lourd.js'), `console.log(${JSON.stringify(noise)})`)
    await writeFile(
      join(site, 'index.html'),
      '<script type="module" src="/_astro/lourd.js"></script><script src="https://cdn.example/x.js"></script>',
    )
    const problems = overBudget(await measureSite(site))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^\/: JS \d+\.\d kB over its budget of 27\.0 kB$/)
    expect(problems[1]).toBe('/: request to another origin (https://cdn.example/x.js)')
  })
})
