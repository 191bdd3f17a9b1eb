// The help and contact pages as built (dist/): FAQ, glossary, UDAP directory.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guaranteedGlossaryIds } from '../../src/data/glossary.ts'
import { udaps } from '../../src/data/udap-directory.ts'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const page = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8')

/** The page without its scripts: what a reader sees (and what search engines read as text). */
const visible = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, '')
const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim()

interface FaqJsonLd {
  '@type': string
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[]
}

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null'),
  )
}

describe('/faq/ (questions rendered by the layout from the faq frontmatter)', () => {
  it('shows at least 20 questions and marks the same ones up as a valid FAQPage', async () => {
    const html = await page('faq')
    const faqPage = jsonLdBlocks(html)
      .flatMap((block) => (Array.isArray(block) ? block : [block]))
      .find((block): block is FaqJsonLd => (block as FaqJsonLd)?.['@type'] === 'FAQPage')
    expect(faqPage, 'no FAQPage JSON-LD on /faq/').toBeDefined()
    const questions = faqPage?.mainEntity ?? []
    expect(questions.length).toBeGreaterThanOrEqual(20)
    for (const question of questions) {
      expect(question['@type']).toBe('Question')
      expect(question.acceptedAnswer['@type']).toBe('Answer')
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20)
      expect(visible(html)).toContain(question.name.replace(/'/g, '&#39;'))
    }
    expect(new Set(questions.map((question) => question.name)).size).toBe(questions.length)
  })

  it('renders the answers’ links as links, not as Markdown', async () => {
    const html = visible(await page('faq'))
    expect(html).not.toMatch(/\]\(\//)
    expect(html).toContain('href="/demarches/contester-un-avis-de-l-abf/"')
  })
})

describe('/glossaire/', () => {
  it('defines at least 35 terms, each under its own anchor, in alphabetical order', async () => {
    const html = await page('glossaire')
    const terms = [...html.matchAll(/<dt id="([^"]+)"[^>]*>([\s\S]*?)<\/dt>/g)].map((match) => ({
      id: match[1] ?? '',
      term: decode(match[2] ?? ''),
    }))
    expect(terms.length).toBeGreaterThanOrEqual(35)
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length)
    const names = terms.map((term) => term.term)
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare))
  })

  it.each(guaranteedGlossaryIds)('has the anchor #%s promised by the URL contract', async (id) => {
    expect(await page('glossaire')).toMatch(new RegExp(`<dt id="${id}"`))
  })
})

describe('/contacter-votre-udap/', () => {
  it('has one entry per département, under the anchor #udap-<code in lower case>', async () => {
    const html = await page('contacter-votre-udap')
    const anchors = [...html.matchAll(/<tr id="(udap-[^"]+)"/g)].map((match) => match[1])
    expect(anchors).toHaveLength(101)
    expect([...anchors].sort()).toEqual(
      udaps.map((udap) => `udap-${udap.code.toLowerCase()}`).sort(),
    )
  })

  it('gives every entry verified details or where to find them', async () => {
    const html = await page('contacter-votre-udap')
    const rows = [...html.matchAll(/<tr id="udap-[^"]+">([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '')
    const empty = rows.filter((row) => !/<a href="(https:\/\/|\/|tel:|mailto:)/.test(row))
    expect(empty).toEqual([])
  })

  it('gives the Rhône what the pilot needs, and no unconfirmed address, phone or email', async () => {
    const html = await page('contacter-votre-udap')
    const rhone = html.match(/<tr id="udap-69">([\s\S]*?)<\/tr>/)?.[1] ?? ''
    expect(rhone).toContain('href="/demander-un-conseil/"')
    expect(rhone).toContain(
      'FAQ-des-unites-departementales-de-l-architecture-et-du-patrimoine-UDAP',
    )
    expect(rhone).toContain('6 quai Saint-Vincent, 69001 Lyon')
    expect(rhone).not.toMatch(/mailto:|tel:|@culture\.gouv\.fr/)
  })
})
