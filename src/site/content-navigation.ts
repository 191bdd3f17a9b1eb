// Where a content page sits: its URL, its section's pages, its breadcrumb, and the navigation
// around it, bounded per page whatever the number of pages (a section of 10,000 pages gives
// each page the same few links as a section of 10).
import type { CollectionEntry } from 'astro:content'
import { type ContentSection, contentSections } from './site.ts'
import type { Crumb } from './structured-data.ts'

type Page = CollectionEntry<'pages'>

export interface NavLink {
  label: string
  href: string
}

/** The side menu lists at most this many pages of the section: all of them in a small section. */
export const sideMenuSize = 12
/** A section index (and each of its following pages) lists at most this many pages. */
export const sectionIndexPageSize = 24
/** The site plan lists the pages of a section up to this many, and links to its index beyond. */
export const planSectionSize = 24

/** content/pages/a/b.mdx → /a/b/ ; a/index.mdx (id "a") → /a/ ; index.mdx → /. */
export function pageUrl(page: Page): string {
  return page.id === 'index' ? '/' : `/${page.id}/`
}

/** The page that introduces its section: content/pages/<section>/index.mdx, whose id is the section's. */
export function isSectionIndex(page: Page): boolean {
  return page.id === page.data.section
}

/** The other pages of a section, in their `order`, without the section's own index page. */
export function sectionPages(pages: Page[], section: ContentSection): Page[] {
  return pages
    .filter((page) => page.data.section === section && !isSectionIndex(page))
    .sort(byOrder)
}

const byOrder = (a: Page, b: Page) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'fr')

/** Accueil › section › page, without repeating a level the page itself is. */
export function breadcrumb(page: Page): Crumb[] {
  const section = contentSections[page.data.section]
  const crumbs: Crumb[] = [{ label: 'Accueil', href: '/' }]
  if (section.href !== '/' && section.href !== pageUrl(page))
    crumbs.push({ label: section.label, href: section.href })
  crumbs.push({ label: page.data.title })
  return crumbs
}

/** At most `size` items around items[index], the whole list when it is that short. */
export function neighbours<T>(items: T[], index: number, size = sideMenuSize): T[] {
  if (items.length <= size) return items
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), items.length - size)
  return items.slice(start, start + size)
}

/** The items cut in pages of `size` (one empty page for no item). */
export function paginate<T>(items: T[], size = sectionIndexPageSize): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size))
  return pages.length > 0 ? pages : [[]]
}

/** URL of page `number` (from 1) of a section's list: its index page, then /<section>/pages/N/. */
export function sectionListUrl(indexUrl: string, number: number): string {
  return number === 1 ? indexUrl : `${indexUrl}pages/${number}/`
}

/** The side menu of a page: its section, a window of its neighbours, and the section's size. */
export interface SideMenu {
  title: string
  href: string
  pages: NavLink[]
  /** How many pages the section has (the menu shows a link to them all when it lists fewer). */
  total: number
}

/** What a page of the section list shows: its tiles, and where it sits among the list's pages. */
export interface SectionList {
  tiles: { title: string; href: string; description: string }[]
  number: number
  count: number
  indexUrl: string
}

export interface PageNavigation {
  sideMenu?: SideMenu
  sectionList?: SectionList
}

/**
 * Every section sorted once, for the whole build: each page then finds its place in constant
 * time (a lookup per page rather than a sort of the collection per page).
 */
export function siteNavigation(pages: Page[]) {
  const bySection = new Map<ContentSection, Page[]>()
  const indexes = new Map<ContentSection, Page>()
  for (const page of pages) {
    if (isSectionIndex(page)) indexes.set(page.data.section, page)
    else {
      const list = bySection.get(page.data.section)
      if (list) list.push(page)
      else bySection.set(page.data.section, [page])
    }
  }
  const position = new Map<string, number>()
  for (const list of bySection.values()) {
    list.sort(byOrder)
    for (const [index, page] of list.entries()) position.set(page.id, index)
  }
  const link = (page: Page): NavLink => ({ label: page.data.title, href: pageUrl(page) })

  /** The pages of a section's list, cut in pages, with their URLs. */
  function sectionLists(section: ContentSection): SectionList[] {
    const index = indexes.get(section)
    if (!index) return []
    const indexUrl = pageUrl(index)
    const slices = paginate(bySection.get(section) ?? [])
    return slices.map((slice, offset) => ({
      tiles: slice.map((page) => ({
        title: page.data.title,
        href: pageUrl(page),
        description: page.data.description,
      })),
      number: offset + 1,
      count: slices.length,
      indexUrl,
    }))
  }

  return {
    sectionPages: (section: ContentSection) => bySection.get(section) ?? [],
    sectionIndex: (section: ContentSection) => indexes.get(section),
    sectionLists,

    /** The navigation of a content page (the home page has none). */
    forPage(page: Page): PageNavigation {
      const section = page.data.section
      if (page.id === 'index') return {}
      if (isSectionIndex(page)) {
        const [first] = sectionLists(section)
        return first && first.tiles.length > 0 ? { sectionList: first } : {}
      }
      const siblings = bySection.get(section) ?? []
      if (siblings.length < 2) return {}
      const { label, href } = contentSections[section]
      return {
        sideMenu: {
          title: label,
          href,
          pages: neighbours(siblings, position.get(page.id) ?? 0).map(link),
          total: siblings.length,
        },
      }
    },
  }
}

/** The page numbers a pagination shows: the first, the last, the current one and its two neighbours. */
export function paginationNumbers(number: number, count: number): (number | '…')[] {
  const shown = [...new Set([1, number - 1, number, number + 1, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b)
  return shown.flatMap((n, index) =>
    index > 0 && n - (shown[index - 1] ?? n) > 1 ? ['…', n] : [n],
  )
}
