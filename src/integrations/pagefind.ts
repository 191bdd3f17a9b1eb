import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { inWorker } from './in-worker.ts'

/**
 * Indexes the built site with Pagefind, in two integrations: `start` has a worker write each
 * content page's searchable copy to a scratch folder (src/integrations/search-copy.ts), then
 * Pagefind's own process index it; `finish`, placed after the others, waits for the index. The
 * integrations in between (unused CSS, budgets, CMS) run meanwhile. Any error fails the build (no
 * silent empty index).
 */
export function pagefindIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let indexing: Promise<void> = Promise.reject(
    new Error(
      'Pagefind: the dedale:pagefind integration did not run before dedale:pagefind-written',
    ),
  )
  indexing.catch(() => {})
  return {
    start: {
      name: 'dedale:pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir)
          const copies = await mkdtemp(join(tmpdir(), 'dedale-search-'))
          const started = performance.now()
          // Not awaited: the copies are written in a worker while the next integrations run.
          indexing = inWorker<number>(
            new URL('./search-copy.ts', import.meta.url),
            'writeSearchCopies',
            [outDir, copies],
          )
            .then(async (pages) => {
              await indexCopies(copies, join(outDir, 'pagefind'), pages)
              const seconds = ((performance.now() - started) / 1000).toFixed(1)
              logger.info(`Pagefind indexed ${pages} pages in ${seconds} s.`)
            })
            .finally(() => rm(copies, { recursive: true, force: true }))
          // Reported by `finish`; a build that fails before it has its own error to tell.
          indexing.catch(() => {})
        },
      },
    },
    finish: {
      name: 'dedale:pagefind-written',
      hooks: { 'astro:build:done': () => indexing },
    },
  }
}

/** Pagefind's index of the copies folder (`pages` pages), written to `outputPath`. */
async function indexCopies(copies: string, outputPath: string, pages: number): Promise<void> {
  if (pages === 0) throw new Error('Pagefind: no page to index — is data-pagefind-body missing?')
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' })
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: copies })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    if (added.page_count !== pages)
      throw new Error(`Pagefind: ${added.page_count} pages indexed out of ${pages}`)
    // Pagefind has read the copies: they go while it writes the index.
    const removal = removeFolder(copies)
    removal.catch(() => {}) // awaited below; on an error before, the caller removes them
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    await writeIndexFileList(outputPath)
    await removal
  } finally {
    await pagefind.close()
  }
}

/**
 * Removes a folder of thousands of files in a child process: Node's recursive removal of 10,000
 * copies took 4.2 s of the build's critical path here, `rm -rf` 1.5 s, beside Pagefind's writing.
 */
async function removeFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') await rm(folder, { recursive: true, force: true })
  else await promisify(execFile)('rm', ['-rf', folder])
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
