// Where a content page sits: its URL, its section's pages, its breadcrumb.
import type { CollectionEntry } from 'astro:content'
import { type ContentSection, contentSections } from './site.ts'
import type { Crumb } from './structured-data.ts'

type Page = CollectionEntry<'pages'>

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
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'fr'))
}

/** Accueil › section › page, without repeating a level the page itself is. */
export function breadcrumb(page: Page): Crumb[] {
  const section = contentSections[page.data.section]
  const crumbs: Crumb[] = [{ label: 'Accueil', href: '/' }]
  if (section.href !== '/' && section.href !== pageUrl(page))
    crumbs.push({ label: section.label, href: section.href })
  crumbs.push({ label: page.data.title })
  return crumbs
}
