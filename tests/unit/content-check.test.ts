// The build stops on invalid content with a French message: file, field, what is expected.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentProblems } from '../../src/integrations/content-check.ts'

const root = join(import.meta.dirname, '../..')
let copy: string

beforeEach(async () => {
  copy = await mkdtemp(join(tmpdir(), 'dedale-content-'))
  await cp(join(root, 'content'), join(copy, 'content'), { recursive: true })
})
afterEach(() => rm(copy, { recursive: true, force: true }))

const edit = async (file: string, change: (text: string) => string) =>
  writeFile(join(copy, file), change(await readFile(join(copy, file), 'utf8')))

describe('the content check', () => {
  it('finds nothing in the site’s content', async () => {
    await expect(contentProblems(root)).resolves.toEqual([])
  })

  it('names the file and the field of an empty title and of a source without URL', async () => {
    await edit('content/pages/fiches-travaux/piscines.mdx', (text) =>
      text
        .replace(/^title: .*$/m, 'title: ""')
        .replace(/^sources:\n/m, 'sources:\n  - title: Une source sans adresse\n'),
    )
    expect(await contentProblems(copy)).toEqual([
      'content/pages/fiches-travaux/piscines.mdx — champ « Titre » (title) : au moins 3 caractères sont attendus (il y en a 0).',
      'content/pages/fiches-travaux/piscines.mdx — champ « Sources › n° 1 › Adresse de la source (URL) » (sources.0.url) : ce champ est obligatoire.',
    ])
  })

  it('explains a wrong date, section, address and anchor in plain French', async () => {
    await edit('content/pages/faq.mdx', (text) =>
      text
        .replace(/^lastReviewed: .*$/m, 'lastReviewed: 28/11/2026')
        .replace(/^section: aide$/m, 'section: divers'),
    )
    await edit('content/data/glossary.json', (text) => text.replace('"id": "abf"', '"id": "ABF"'))
    const problems = await contentProblems(copy)
    expect(problems).toContain(
      'content/pages/faq.mdx — champ « Date de dernière relecture » (lastReviewed) : une date au format AAAA-MM-JJ est attendue, par exemple 2026-11-28.',
    )
    expect(problems.find((p) => p.includes('(section)'))).toMatch(
      /une valeur parmi « Accueil » \(accueil\), .*« Aide » \(aide\)/,
    )
    expect(problems).toContain(
      'content/data/glossary.json — élément n° 1, champ « Ancre (identifiant) » (id) : Lettres minuscules sans accent, chiffres et tirets, par exemple « site-classe ».',
    )
  })

  it('says where a header is not readable YAML, as the build reads it', async () => {
    await edit('content/pages/faq.mdx', (text) =>
      text.replace(/^title: (.*)$/m, 'title: $1\n  description: mal indentée'),
    )
    expect(await contentProblems(copy)).toEqual([
      expect.stringMatching(
        /^content\/pages\/faq\.mdx — l’en-tête n’est pas lisible : .+ \(ligne \d+\)\.$/,
      ),
    ])
  })

  it('stops the build with those messages', async () => {
    await edit('content/pages/faq.mdx', (text) => text.replace(/^title: .*$/m, 'title: ""'))
    const { contentCheck } = await import('../../src/integrations/content-check.ts')
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: {
      config: { root: URL }
    }) => Promise<void>
    await expect(hook({ config: { root: new URL(`file://${copy}/`) } })).rejects.toThrow(
      /^Contenu invalide, le site n’est pas construit :\n- content\/pages\/faq\.mdx — champ « Titre »/,
    )
  })
})
