import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface LinkReport {
  /** Internal links or anchors that lead nowhere, as "page → target". */
  broken: string[]
  /** External links, listed for a person to review (never fetched by the checks). */
  external: string[]
}

/**
 * The attribute of a link whose target a script draws (the CMS's skip link: Decap draws the main
 * content it leads to): the built page cannot show that target, so the link is not checked.
 */
export const targetDrawnByScript = 'data-target-drawn-by-script'

const hrefs = (html: string) =>
  [...html.matchAll(/<a\s([^>]*)>/g)].flatMap(([, attributes = '']) => {
    const href = /href="([^"]*)"/.exec(attributes)?.[1]
    return href === undefined || attributes.includes(targetDrawnByScript) ? [] : [href]
  })
const ids = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''))

/**
 * Every internal link and anchor of a built site must resolve to a page and an element of it, or
 * to a path `served` says a function answers (a sign-in redirection). Linear in the site's links:
 * each page is read once (keeping only its ids), and each distinct target is looked up once,
 * however many pages link to it (the header, the footer).
 */
export async function checkLinks(
  distDir: string,
  served: (pathname: string) => boolean = () => false,
): Promise<LinkReport> {
  const files = (await readdir(distDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  )
  const links = new Map<string, string[]>()
  const pageIds = new Map<string, Set<string>>()
  for (const file of files) {
    const html = await readFile(join(distDir, file), 'utf8')
    links.set(file, hrefs(html))
    pageIds.set(file, ids(html))
  }
  const targets = new Map<string, Promise<string | undefined>>()
  const target = (pathname: string) => {
    let found = targets.get(pathname)
    if (!found) {
      found = resolvePage(distDir, pathname)
      targets.set(pathname, found)
    }
    return found
  }
  const report: LinkReport = { broken: [], external: [] }
  const external = new Set<string>()
  for (const [file, pageLinks] of links) {
    for (const href of pageLinks) {
      if (/^(https?:|mailto:|tel:)/.test(href)) {
        if (href.startsWith('http')) external.add(href)
        continue
      }
      const [path = '', anchor] = href.split('#')
      const pathname = new URL(path, `http://site/${file}`).pathname
      if (path !== '' && served(pathname)) continue
      const page = path === '' ? file : await target(pathname)
      if (page === undefined) report.broken.push(`/${file} → ${href}`)
      else if (anchor && !pageIds.get(page)?.has(anchor))
        report.broken.push(`/${file} → ${href} (no element #${anchor})`)
    }
  }
  report.external = [...external].sort()
  return report
}

/** The built file a URL path serves, if any. */
async function resolvePage(distDir: string, pathname: string): Promise<string | undefined> {
  const candidate = pathname.endsWith('/') ? `${pathname}index.html` : pathname
  const file = decodeURIComponent(candidate).replace(/^\//, '')
  return access(join(distDir, file)).then(
    () => file,
    () => undefined,
  )
}
