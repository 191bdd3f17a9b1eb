import type { CollectionEntry } from 'astro:content'
import { describe, expect, it } from 'vitest'
import {
  breadcrumb,
  isSectionIndex,
  pageUrl,
  paginationNumbers,
  sectionIndexPageSize,
  sectionListUrl,
  sectionPages,
  sideMenuSize,
  siteNavigation,
} from '../../src/site/content-navigation.ts'
import type { ContentSection } from '../../src/site/site.ts'

const page = (id: string, section: ContentSection, order = 1, title = id) =>
  ({
    id,
    data: { section, order, title, description: `${title}.` },
  }) as unknown as CollectionEntry<'pages'>

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

describe('navigation bounded per page', () => {
  const section = (count: number) => [
    page('fiches-travaux', 'fiches-travaux', 0, 'Fiches travaux'),
    ...Array.from({ length: count }, (_, i) =>
      page(`fiches-travaux/f${i + 1}`, 'fiches-travaux', i + 1, `Fiche ${i + 1}`),
    ),
  ]

  it('lists the whole section in the side menu of a small section', () => {
    const navigation = siteNavigation(section(sideMenuSize))
    const menu = navigation.forPage(page('fiches-travaux/f3', 'fiches-travaux', 3))
    expect(menu.sideMenu?.pages).toHaveLength(sideMenuSize)
    expect(menu.sideMenu?.total).toBe(sideMenuSize)
  })

  it('lists the current page’s neighbours only in a large section, whatever its size', () => {
    for (const count of [100, 10_000]) {
      const pages = section(count)
      const navigation = siteNavigation(pages)
      const middle = navigation.forPage(pages[count / 2] as CollectionEntry<'pages'>).sideMenu
      expect(middle?.pages).toHaveLength(sideMenuSize)
      expect(middle?.pages.map((link) => link.href)).toContain(`/fiches-travaux/f${count / 2}/`)
      expect(middle?.total).toBe(count)
      const last = navigation.forPage(pages[count] as CollectionEntry<'pages'>).sideMenu
      expect(last?.pages.at(-1)?.href).toBe(`/fiches-travaux/f${count}/`)
      expect(last?.pages).toHaveLength(sideMenuSize)
    }
  })

  it('lists every page of a section once across its index’s pages, each of bounded length', () => {
    const count = 10 * sectionIndexPageSize + 3
    const navigation = siteNavigation(section(count))
    const lists = navigation.sectionLists('fiches-travaux')
    expect(lists).toHaveLength(11)
    expect(lists.every((list) => list.tiles.length <= sectionIndexPageSize)).toBe(true)
    const hrefs = lists.flatMap((list) => list.tiles.map((tile) => tile.href))
    expect(new Set(hrefs).size).toBe(count)
    expect(navigation.forPage(page('fiches-travaux', 'fiches-travaux', 0)).sectionList).toEqual(
      lists[0],
    )
    expect(lists.map((list) => sectionListUrl(list.indexUrl, list.number)).slice(0, 2)).toEqual([
      '/fiches-travaux/',
      '/fiches-travaux/pages/2/',
    ])
  })

  it('shows the first, last, current and neighbouring page numbers', () => {
    expect(paginationNumbers(1, 1)).toEqual([1])
    expect(paginationNumbers(1, 417)).toEqual([1, 2, '…', 417])
    expect(paginationNumbers(5, 417)).toEqual([1, '…', 4, 5, 6, '…', 417])
    expect(paginationNumbers(417, 417)).toEqual([1, '…', 416, 417])
    expect(paginationNumbers(3, 4)).toEqual([1, 2, 3, 4])
  })

  it('gives the home page no menu and a section index its list', () => {
    const navigation = siteNavigation(section(3))
    expect(navigation.forPage(page('index', 'accueil', 0))).toEqual({})
    expect(navigation.forPage(page('fiches-travaux/f1', 'fiches-travaux', 1)).sectionList).toBe(
      undefined,
    )
  })
})
