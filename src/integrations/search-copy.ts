import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * French elision: Pagefind finds "église" in "l'église" but not in "l’église" (typographic
 * apostrophe, measured by bench:search). The indexed copy takes the straight apostrophe after
 * an elided word; the pages themselves keep their typography.
 */
export function straightenElisions(html: string): string {
  return html.replace(/(\b[cdjlmnst]|\bqu)’(?=[a-zàâäéèêëîïôöùûüÿæœ])/gi, "$1'")
}

const voidElements = new Set(['img', 'input', 'meta', 'link', 'br', 'hr', 'source', 'wbr'])

/**
 * The html without the elements marked `data-pagefind-ignore` (breadcrumb, side menu, summary,
 * sources, feedback form…): Pagefind would read them only to leave them out.
 */
export function withoutIgnored(html: string): string {
  const marked = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi
  let kept = ''
  let from = 0
  for (let match = marked.exec(html); match; match = marked.exec(html)) {
    const tag = (match[1] ?? '').toLowerCase()
    kept += html.slice(from, match.index)
    from = voidElements.has(tag) ? marked.lastIndex : closingEnd(html, tag, marked.lastIndex)
    marked.lastIndex = from
  }
  return kept + html.slice(from)
}

/** Where the element opened just before `from` ends (after its closing tag, nesting counted). */
function closingEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
  tags.lastIndex = from
  let depth = 1
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1
    if (depth === 0) return tags.lastIndex
  }
  return html.length
}

/**
 * What Pagefind needs of a page: the tags of its <head> that carry Pagefind attributes (the
 * section filter) and its <main> (the indexed body) without the parts marked to be ignored. The
 * header, footer, menus, stylesheets and structured data are left out, so that each page costs
 * the index what its own content weighs.
 */
export function searchablePart(html: string): string {
  const head = html.slice(0, html.indexOf('</head>'))
  const tagged = head.match(/<[^>]*\sdata-pagefind-[^>]*>/g)?.join('') ?? ''
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(head)?.[1] ?? 'fr'
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length)
  return `<!doctype html><html lang="${lang}"><head>${tagged}</head><body>${withoutIgnored(main)}</body></html>`
}

/**
 * Writes the searchable copy of each content page of `siteDir` (those with a
 * `data-pagefind-body`) under `copyDir`, at the same path, for Pagefind to index the folder
 * itself (much cheaper than sending it each page through its Node API). Answers how many.
 */
export async function writeSearchCopies(siteDir: string, copyDir: string): Promise<number> {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  )
  const folders = new Set<string>()
  let written = 0
  for (const page of pages) {
    // One page after another, synchronously: for thousands of small files, the thread pool's
    // round trips of asynchronous calls cost more than the reads and writes themselves.
    const html = readFileSync(join(siteDir, page), 'utf8')
    // Only content pages are searchable (not the search page, the 404 or a tracking page).
    if (!html.includes('data-pagefind-body')) continue
    const folder = dirname(join(copyDir, page))
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(join(copyDir, page), straightenElisions(searchablePart(html)))
    written++
  }
  return written
}
