import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * French elision: Pagefind finds "église" in "l'église" but not in "l’église" (typographic
 * apostrophe, measured by bench:search). The indexed copy takes the straight apostrophe after
 * an elided word; the pages themselves keep their typography.
 */
export function straightenElisions(html: string): string {
  return html.replace(/(\b[cdjlmnst]|\bqu)’(?=[a-zàâäéèêëîïôöùûüÿæœ])/gi, "$1'")
}

/**
 * What Pagefind needs of a page: its <head> (title, filters) and its <main> (the indexed body);
 * the header, footer and menus around it are left out, so that each page costs the index what
 * its own content weighs.
 */
export function searchablePart(html: string): string {
  const head = html.slice(0, html.indexOf('</head>') + '</head>'.length)
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length)
  return `${head}<body>${main}</body></html>`
}

// A few pages in flight at once: Pagefind indexes one while the next is read and sent (its Node
// API answers each message by its id).
const pagesInFlight = 8

/** Indexes the built site with Pagefind's Node API; any error fails the build (no silent empty index). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dedale:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' })
        try {
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
          const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
            file.endsWith('.html'),
          )
          let indexed = 0
          let next = 0
          const addPages = async () => {
            while (next < pages.length) {
              const sourcePath = pages[next++] as string
              const html = await readFile(join(outDir, sourcePath), 'utf8')
              // Only content pages are searchable (not the search page, the 404 or a tracking page).
              if (!html.includes('data-pagefind-body')) continue
              const added = await index.addHTMLFile({
                sourcePath,
                content: straightenElisions(searchablePart(html)),
              })
              if (added.errors.length)
                throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`)
              if (added.file.uniqueWords > 0) indexed++
            }
          }
          await Promise.all(Array.from({ length: pagesInFlight }, addPages))
          if (indexed === 0)
            throw new Error('Pagefind: no page indexed — is data-pagefind-body missing?')
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          await writeIndexFileList(join(outDir, 'pagefind'))
          logger.info(`Pagefind indexed ${indexed} pages.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}

// Up to this size the search page fetches the whole index as soon as it loads, so that every
// search works offline (the site's own pages: about 310 kB); beyond it, that copy would cost a
// first search far more than it needs (11.7 MB at 10,000 pages), and the list of files alone
// weighs 440 kB: the list is left empty, and searches fetch only the parts they read.
const wholeIndexLimit = 512 * 1024

/**
 * The files a search reads (entry, metadata, WebAssembly, index chunks, filters, fragments) when
 * the index is small enough to be kept whole in memory by the search page, and their total size
 * (src/client/search.ts); an empty list for a larger index.
 */
export async function writeIndexFileList(pagefindDir: string): Promise<void> {
  const files = (await readdir(pagefindDir, { recursive: true }))
    .filter((file) =>
      /^(?:index|filter|fragment)\/|\.pf_meta$|^pagefind-entry\.json$|^wasm\.(?!unknown)/.test(
        file,
      ),
    )
    .sort()
  let bytes = 0
  for (const file of files) bytes += (await stat(join(pagefindDir, file))).size
  const whole = bytes <= wholeIndexLimit ? files.map((file) => `/pagefind/${file}`) : []
  await writeFile(
    join(pagefindDir, 'dedale-index-files.json'),
    JSON.stringify({ bytes, files: whole }),
  )
}
