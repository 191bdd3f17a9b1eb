// The public rules page, built from the rules tables: one accessible table per protection,
// the combination rules, the review dates; linked from the questionnaire, in the sitemap and
// in the search index.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { combinations } from '../../src/domain/rules/combinations.ts'
import { rulesOverview } from '../../src/domain/rules/overview.ts'
import { loadBuiltSearch } from '../support/pagefind-in-node.ts'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const path = '/quelle-demarche/comment-nous-determinons/'
const read = (file: string) => readFile(join(dist, file), 'utf8')

describe(`the rules page ${path}`, () => {
  it('has a captioned table of works and one of delays for each protection', async () => {
    const html = await read('quelle-demarche/comment-nous-determinons/index.html')
    for (const protection of rulesOverview()) {
      expect(html).toContain(
        `<caption>Démarche par type de travaux — ${protection.label}</caption>`,
      )
      expect(html).toContain(`id="${protection.id}"`)
    }
    expect(html.match(/<caption>/g)?.length).toBe(rulesOverview().length * 2 + 1)
    expect(html.match(/<th scope="row">/g)?.length).toBeGreaterThan(100)
    for (const rule of Object.values(combinations)) expect(html).toContain(rule.title)
    expect(html).toContain('Équipe nationale')
    expect(html).toContain('data-pagefind-body')
  })

  it('states the tables’ outcomes, such as abords over site inscrit and a DP to verify', async () => {
    const html = await read('quelle-demarche/comment-nous-determinons/index.html')
    expect(html).toContain('Abords et site inscrit : seules les règles des abords s’appliquent')
    expect(html).toMatch(
      /Autorisation de travaux au titre du patrimoine[^<]*<\/strong> <span class="fr-badge fr-badge--warning fr-badge--sm">À vérifier/,
    )
  })

  it('is linked from the questionnaire, listed in the sitemap and found by search', async () => {
    expect(await read('quelle-demarche/index.html')).toContain(`href="${path}"`)
    const sitemap = await read('sitemap-0.xml')
    expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`))
    const search = await loadBuiltSearch(dist)
    expect(await search('comment nous déterminons votre démarche')).toContain(path)
  })
})
