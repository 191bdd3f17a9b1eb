import type { CollectionEntry } from 'astro:content'
import { describe, expect, it } from 'vitest'
import { breadcrumb, isSectionIndex, pageUrl, sectionPages } from '../../src/content-navigation.ts'
import type { ContentSection } from '../../src/site.ts'

const page = (id: string, section: ContentSection, order = 1, title = id) =>
  ({ id, data: { section, order, title } }) as unknown as CollectionEntry<'pages'>

describe('where a content page sits', () => {
  it.each([
    ['index', 'accueil', '/'],
    ['parcours', 'parcours', '/parcours/'],
    ['fiches-travaux/piscines', 'fiches-travaux', '/fiches-travaux/piscines/'],
  ] as const)('%s is at %s', (id, section, url) => {
    expect(pageUrl(page(id, section))).toBe(url)
  })

  it('lists a section’s pages in their order, without its introduction', () => {
    const pages = [
      page('parcours/b', 'parcours', 2),
      page('parcours', 'parcours', 0),
      page('faq', 'aide', 1),
      page('parcours/a', 'parcours', 1),
    ]
    expect(sectionPages(pages, 'parcours').map((p) => p.id)).toEqual(['parcours/a', 'parcours/b'])
    expect(isSectionIndex(page('faq', 'aide'))).toBe(false)
  })

  it.each([
    ['fiches-travaux/piscines', 'fiches-travaux', ['Accueil', 'Fiches travaux', 'Piscines']],
    ['fiches-travaux', 'fiches-travaux', ['Accueil', 'Piscines']],
    ['faq', 'aide', ['Accueil', 'Piscines']],
    ['glossaire', 'aide', ['Accueil', 'Aide', 'Piscines']],
  ] as const)('the breadcrumb of %s does not repeat the page', (id, section, labels) => {
    expect(breadcrumb(page(id, section, 1, 'Piscines')).map((crumb) => crumb.label)).toEqual(labels)
  })
})
