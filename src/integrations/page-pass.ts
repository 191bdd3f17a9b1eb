import { rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { AstroIntegration } from 'astro'
import { setHandOff } from './page-pass-hand-off.ts'
import type { RenderedPage } from './page-weight.ts'

/** What the page pass gathered of the pages Astro rendered. */
export interface RenderedPages {
  /** The scratch folder of the content pages' searchable copies (search-copy.ts), and how many. */
  copies: string
  searchable: number
  /** Every class name of the pages' class attributes (for unused-utility-css.ts). */
  classNames: string[]
  /** Each page's gzipped HTML and loading tags (for the budgets, page-weight.ts). */
  pages: RenderedPage[]
}

export interface PagePass {
  integration: AstroIntegration
  /** Once the pages are built (in `astro:build:done`): what the pass gathered. */
  rendered: () => Promise<RenderedPages>
}

/**
 * One pass over the built pages, made while Astro renders them: a middleware (added to
 * `astro build` only, page-pass-middleware.ts) hands each page to a worker thread
 * (page-pass-worker.ts), which writes its searchable copy, notes its class names and measures
 * it. Rendering keeps one core busy; the worker takes the other. After the build, Pagefind, the
 * unused-CSS pass and the budgets start from what it gathered instead of reading every page
 * again. The copies' folder is removed when the build's process ends.
 */
export function pagePass(): PagePass {
  let worker: Worker | undefined
  let failure: Error | undefined
  let gathered: Promise<RenderedPages> | undefined
  const integration: AstroIntegration = {
    name: 'dedale:page-pass',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return
        const entrypoint = new URL('./page-pass-middleware.ts', import.meta.url)
        addMiddleware({ entrypoint, order: 'post' })
      },
      'astro:build:start': async () => {
        const copies = await mkdtemp(join(tmpdir(), 'dedale-search-'))
        process.once('exit', () => rmSync(copies, { recursive: true, force: true }))
        const started = new Worker(new URL('./page-pass-worker.ts', import.meta.url), {
          workerData: { copies },
        })
        // A failed build ends without waiting for it.
        started.unref()
        started.once('error', (error) => {
          failure = error
        })
        setHandOff((page, html) => started.postMessage({ page, html }))
        worker = started
      },
    },
  }
  const rendered = () => {
    gathered ??= new Promise<RenderedPages>((resolve, reject) => {
      setHandOff(undefined)
      if (!worker) return reject(new Error('The page pass did not start (astro:build:start).'))
      if (failure) return reject(failure)
      const running = worker
      running.ref()
      running.once('error', reject)
      running.once('message', (pages: RenderedPages) => {
        resolve(pages)
        void running.terminate()
      })
      running.postMessage('end')
    })
    return gathered
  }
  return { integration, rendered }
}
