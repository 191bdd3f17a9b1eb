// The CMS's file formats: saving an entry rewrites only what the editor changed (src/cms/formats.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  jsonFromFile,
  jsonToFile,
  mdxFromFile,
  mdxToFile,
  sourceKey,
} from '../../src/cms/formats.ts'
import { pageSchema } from '../../src/site/content-schema.ts'

const pagesDir = join(import.meta.dirname, '../../content/pages')
const pages = readdirSync(pagesDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
const withComponents = pages.filter((page) =>
  /^<[A-Z]/m.test(readFileSync(join(pagesDir, page), 'utf8')),
)
const dataFile = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../content/data', name), 'utf8')

/** The lines of `after` that differ from `before` (same number of lines expected). */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return b.flatMap((line, index) => (line === a[index] ? [] : [[a[index], line]]))
}

describe('an MDX page opened and saved without an edit', () => {
  it('covers every page, the eight with components among them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(45)
    expect(withComponents.length).toBeGreaterThanOrEqual(8)
  })

  it.each(pages)('%s is saved byte for byte', (page) => {
    const text = readFileSync(join(pagesDir, page), 'utf8')
    expect(mdxToFile(mdxFromFile(text), Object.keys(pageSchema.shape))).toBe(text)
  })
})

describe('an MDX page with an edit', () => {
  const text = readFileSync(join(pagesDir, 'faq.mdx'), 'utf8')

  it('changes only the line of the answer that was edited', () => {
    const data = mdxFromFile(text)
    const faq = structuredClone(data.faq) as { question: string; answer: string }[]
    faq[2] = {
      question: faq[2]?.question ?? '',
      answer: 'Une réponse nouvelle : avec deux-points.',
    }
    const saved = mdxToFile({ ...data, faq })
    expect(changedLines(text, saved)).toEqual([
      [
        expect.stringMatching(/^ {4}answer: Il y a covisibilité/),
        '    answer: "Une réponse nouvelle : avec deux-points."',
      ],
    ])
  })

  it('keeps the components of a page, and the title’s quotes, when its title changes', () => {
    const page = readFileSync(
      join(pagesDir, 'parcours/savoir-si-mon-terrain-est-protege.mdx'),
      'utf8',
    )
    const saved = mdxToFile({ ...mdxFromFile(page), title: 'Un autre titre' })
    expect(changedLines(page, saved)).toEqual([
      [expect.stringMatching(/^title: /), 'title: "Un autre titre"'],
    ])
  })

  it('drops an empty optional field instead of writing an empty value', () => {
    const saved = mdxToFile({ ...mdxFromFile(text), faq: [], relatedWorks: [] })
    expect(parse(saved.split('---\n')[1] ?? '')).not.toHaveProperty('faq')
  })
})

describe('a new page', () => {
  it('is written with the schema’s key order and passes the schema', () => {
    const saved = mdxToFile(
      {
        body: '## Ce que regarde l’ABF\n\nLe texte.',
        sources: [
          {
            title: 'Service-public.fr — Déclaration préalable',
            url: 'https://www.service-public.fr/particuliers/vosdroits/F17578',
          },
        ],
        title: 'Portes de garage',
        lastReviewed: '2026-11-30',
        order: 14,
        section: 'fiches-travaux',
        description:
          'Changer une porte de garage en espace protégé : autorisation et attentes de l’ABF.',
        relatedWorks: ['menuiseries'],
      },
      Object.keys(pageSchema.shape),
    )
    expect(saved).toMatch(
      /^---\ntitle: Portes de garage\ndescription: .*\nsection: fiches-travaux\norder: 14\nlastReviewed: 2026-11-30\nsources:\n/,
    )
    expect(saved.endsWith('---\n\n## Ce que regarde l’ABF\n\nLe texte.\n')).toBe(true)
    const data = mdxFromFile(saved)
    delete data.body
    delete data[sourceKey]
    expect(pageSchema.safeParse(data).success).toBe(true)
  })
})

describe('a JSON data file', () => {
  it.each([
    'glossary.json',
    'udaps.json',
    'udap-directory.json',
    'pieces-dossier.json',
    'delais-instruction.json',
  ])('%s opened and saved without an edit is unchanged', (name) => {
    const text = dataFile(name)
    expect(jsonToFile(jsonFromFile(text))).toBe(text)
  })

  it('changes only the edited definition of the glossary', () => {
    const text = dataFile('glossary.json')
    const data = jsonFromFile(text)
    const items = structuredClone(data.items) as { id: string; definition: string }[]
    const term = items.find((item) => item.id === 'covisibilite')
    if (!term) throw new Error('no covisibilite')
    term.definition = 'Nouvelle définition « citée », sur une ligne.'
    const saved = jsonToFile({ ...data, items })
    expect(changedLines(text, saved)).toEqual([
      [
        expect.stringContaining('"definition": "'),
        '    "definition": "Nouvelle définition « citée », sur une ligne.",',
      ],
    ])
  })

  it('keeps null for a field left empty, and the compact lists of the UDAP directory', () => {
    const text = dataFile('udaps.json')
    const data = jsonFromFile(text)
    const items = (data.items as Record<string, unknown>[]).map((item) => ({
      ...item,
      email: item.email ?? '',
    }))
    expect(jsonToFile({ ...data, items })).toBe(text)
    const directory = dataFile('udap-directory.json')
    const regions = jsonFromFile(directory)
    const edited = structuredClone(regions.regions) as { name: string }[]
    if (edited[0]) edited[0].name = 'Auvergne – Rhône-Alpes'
    expect(changedLines(directory, jsonToFile({ ...regions, regions: edited }))).toEqual([
      ['      "name": "Auvergne-Rhône-Alpes",', '      "name": "Auvergne – Rhône-Alpes",'],
    ])
  })
})
