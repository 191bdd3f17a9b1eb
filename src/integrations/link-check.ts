import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface LinkReport {
  /** Internal links or anchors that lead nowhere, as "page → target". */
  broken: string[]
  /** External links, listed for a person to review (never fetched by the checks). */
  external: string[]
}

const hrefs = (html: string) =>
  [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1] ?? '')
const ids = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''))

/** Every internal link and anchor of a built site must resolve to a page and an element of it. */
export async function checkLinks(distDir: string): Promise<LinkReport> {
  const files = (await readdir(distDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  )
  const pages = new Map(
    await Promise.all(
      files.map(async (file) => [file, await readFile(join(distDir, file), 'utf8')] as const),
    ),
  )
  const report: LinkReport = { broken: [], external: [] }
  for (const [file, html] of pages) {
    for (const href of hrefs(html)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) {
        if (href.startsWith('http')) report.external.push(href)
        continue
      }
      const [path = '', anchor] = href.split('#')
      const target =
        path === ''
          ? file
          : await resolvePage(distDir, new URL(path, `http://site/${file}`).pathname)
      if (target === undefined) report.broken.push(`/${file} → ${href}`)
      else if (anchor && !ids(pages.get(target) ?? '').has(anchor))
        report.broken.push(`/${file} → ${href} (no element #${anchor})`)
    }
  }
  report.external = [...new Set(report.external)].sort()
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
