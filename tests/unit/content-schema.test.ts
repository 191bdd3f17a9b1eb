import { describe, expect, it } from 'vitest'
import { pageSchema } from '../../src/site/content-schema.ts'

const valid = {
  title: 'Fenêtres, portes et volets',
  description: 'Changer ses fenêtres dans un espace protégé : autorisation, attentes de l’ABF.',
  section: 'fiches-travaux',
  order: 2,
  lastReviewed: '2026-11-28',
  sources: [{ title: 'Service-public.fr', url: 'https://www.service-public.fr/' }],
}

describe('the frontmatter of a content page', () => {
  it('accepts a complete page', () => {
    expect(pageSchema.safeParse(valid).success).toBe(true)
  })

  it.each(['juriste', 'abf', 'equipe'])('accepts a page reviewed by %s', (reviewedBy) => {
    expect(pageSchema.safeParse({ ...valid, reviewedBy }).success).toBe(true)
  })

  it.each([
    ['no sources', { sources: [] }, 'sources'],
    ['no review date', { lastReviewed: undefined }, 'lastReviewed'],
    ['a description over 160 characters', { description: 'x'.repeat(161) }, 'description'],
    ['an unknown section', { section: 'blog' }, 'section'],
    ['an unknown type of works', { relatedWorks: ['jacuzzi'] }, 'relatedWorks'],
    [
      'a source without a valid address',
      { sources: [{ title: 'Texte', url: 'légifrance' }] },
      'sources',
    ],
    ['an unknown field', { auteur: 'Camille' }, ''],
    ['an unknown reviewer', { reviewedBy: 'stagiaire' }, 'reviewedBy'],
  ])('refuses %s', (_case, change, field) => {
    const result = pageSchema.safeParse({ ...valid, ...change })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => String(issue.path[0] ?? ''))).toContain(field)
  })
})
