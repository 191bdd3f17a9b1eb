// Every built page, walked: one h1, skip links, unique title and description, canonical URL and
// Open Graph; every content page in the sitemap, in the search index, with its breadcrumb as
// BreadcrumbList data.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltSearch } from '../support/pagefind-in-node.ts'

const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist')

interface BuiltPage {
  path: string
  html: string
}

let pages: BuiltPage[]
let contentPaths: string[]

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '')
const first = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]
const meta = (html: string, key: string) =>
  first(html, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))

beforeAll(async () => {
  const files = (await readdir(dist, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind') && !file.startsWith('admin/'),
  )
  pages = await Promise.all(
    files.map(async (file) => ({
      path: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`,
      html: await readFile(join(dist, file), 'utf8'),
    })),
  )
  // content/pages/a/b.mdx → /a/b/, a/index.mdx → /a/, index.mdx → /
  contentPaths = (await readdir(join(root, 'content', 'pages'), { recursive: true }))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${file.replace(/\.mdx$/, '/').replace(/(^|\/)index\/$/, '$1')}`)
})

// The embeddable form is not a page of the site but the content of a partner's frame: no
// header, skip links or search-engine card (it is not indexed).
const sitePages = () => pages.filter(({ path }) => !path.startsWith('/embed/'))

describe('every built page', () => {
  it('is in French, with exactly one h1 and the DSFR skip links to the content', () => {
    const problems = pages.flatMap(({ path, html }) => [
      ...(html.includes('<html lang="fr"') ? [] : [`${path}: no lang="fr"`]),
      ...(all(html, /<(h1)[\s>]/g).length === 1 ? [] : [`${path}: not exactly one h1`]),
      ...(path.startsWith('/embed/') ||
      (html.includes('class="fr-skiplinks"') &&
        html.includes('href="#contenu"') &&
        html.includes('id="contenu"'))
        ? []
        : [`${path}: no skip link to the content`]),
    ])
    expect(problems).toEqual([])
  })

  it('marks its own place in the main navigation, and no other', () => {
    // The header is rendered once per place (src/site/render-once.ts): a page must not carry
    // another page's marks. "page" on the current page's link, "true" on its section's.
    const problems = sitePages().flatMap(({ path, html }) => {
      const nav = first(html, /(<nav class="fr-nav"[\s\S]*?<\/nav>)/)
      if (!nav) return [`${path}: no main navigation`]
      return [
        ...nav.matchAll(/<a class="fr-nav__link" href="([^"]+)"(?: aria-current="([^"]+)")?/g),
      ]
        .map(([, href = '', current]) => {
          const expected =
            href === path ? 'page' : href !== '/' && path.startsWith(href) ? 'true' : undefined
          return current === expected ? '' : `${path}: ${href} marked ${current}, not ${expected}`
        })
        .filter(Boolean)
    })
    expect(problems).toEqual([])
    // The pages of a section and the others really differ (the check above is not vacuous).
    const marked = sitePages().filter(({ html }) =>
      html.includes('class="fr-nav__link" href="/fiches-travaux/" aria-current'),
    )
    expect(marked.length).toBeGreaterThan(1)
    expect(marked.length).toBeLessThan(sitePages().length)
  })

  it('has its own title and description', () => {
    const titles = sitePages().map(({ html }) => first(html, /<title>([^<]*)<\/title>/))
    const descriptions = sitePages().map(({ html }) => meta(html, 'description'))
    const repeated = (values: (string | undefined)[]) =>
      values.filter((value, index) => !value || values.indexOf(value) !== index)
    expect(repeated(titles)).toEqual([])
    expect(repeated(descriptions)).toEqual([])
  })

  it('states its canonical URL and its Open Graph card', () => {
    const problems = sitePages().flatMap(({ path, html }) => {
      const canonical = first(html, /<link rel="canonical" href="([^"]*)"/)
      const missing = ['og:title', 'og:description', 'og:type', 'og:site_name'].filter(
        (key) => !meta(html, key),
      )
      return [
        ...(canonical && new URL(canonical).pathname === path
          ? []
          : [`${path}: canonical ${canonical}`]),
        ...(meta(html, 'og:url') === canonical ? [] : [`${path}: og:url is not the canonical URL`]),
        ...(meta(html, 'og:locale') === 'fr_FR' ? [] : [`${path}: og:locale`]),
        ...missing.map((key) => `${path}: no ${key}`),
      ]
    })
    expect(problems).toEqual([])
  })
})

describe('every content page', () => {
  it('is built, and listed in the sitemap', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8')
    const listed = all(sitemap, /<loc>([^<]+)<\/loc>/g).map((url) => new URL(url).pathname)
    expect(contentPaths.length).toBeGreaterThan(10)
    expect(contentPaths.filter((path) => !pages.some((page) => page.path === path))).toEqual([])
    expect(contentPaths.filter((path) => !listed.includes(path))).toEqual([])
  })

  it('is found by the search index under its own title', async () => {
    const search = await loadBuiltSearch(dist)
    const missing: string[] = []
    for (const path of contentPaths) {
      const html = pages.find((page) => page.path === path)?.html ?? ''
      const title = first(html, /<h1[^>]*>([^<]*)<\/h1>/) ?? ''
      if (!(await search(title)).includes(path)) missing.push(`${path} (${title})`)
    }
    expect(missing).toEqual([])
  })

  it('carries its breadcrumb as valid BreadcrumbList data ending with the page itself', () => {
    const problems = contentPaths
      .filter((path) => path !== '/')
      .flatMap((path) => {
        const html = pages.find((page) => page.path === path)?.html ?? ''
        const data = all(html, /<script type="application\/ld\+json">([^<]*)<\/script>/g).map(
          (json) => JSON.parse(json) as { '@type': string; itemListElement?: { item: string }[] },
        )
        const trail = data.find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement
        const last = trail?.at(-1)?.item
        return last && new URL(last).pathname === path && trail.length >= 2
          ? []
          : [`${path}: breadcrumb ${JSON.stringify(trail)}`]
      })
    expect(problems).toEqual([])
  })
})

// The pages searched for here come from other parts of the site (fiches travaux, démarches,
// comprendre): this test passes once they are all merged.
describe('search ranking', () => {
  it.each([
    ['ravalement', '/fiches-travaux/facades-et-ravalement/'],
    ['fenêtre PVC', '/fiches-travaux/fenetres-portes-et-volets/'],
    ['recours ABF', '/demarches/contester-un-avis-de-l-abf/'],
    ['périmètre 500 m', '/comprendre/abords-des-monuments-historiques/'],
  ])('« %s » finds %s first', async (query, expected) => {
    const search = await loadBuiltSearch(dist)
    expect((await search(query))[0]).toBe(expected)
  })
})
