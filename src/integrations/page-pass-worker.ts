// The worker thread of the page pass (page-pass.ts): takes each page as Astro renders it, writes
// its searchable copy, notes its class names and measures it for the budgets, on the core that
// rendering leaves idle; on "end", answers what it gathered.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import type { RenderedPages } from './page-pass.ts'
import { type RenderedPage, renderedPage } from './page-weight.ts'
import { searchablePart, straightenElisions } from './search-copy.ts'
import { addPageClassNames } from './unused-utility-css.ts'

const { copies } = workerData as { copies: string }
const pages: RenderedPage[] = []
const classNames = new Set<string>()
const classAttributes = new Set<string>()
let searchable = 0

parentPort?.on('message', (message: { page: string; html: string } | 'end') => {
  if (message === 'end') {
    const gathered: RenderedPages = { copies, searchable, classNames: [...classNames], pages }
    parentPort?.postMessage(gathered)
    return
  }
  const { page, html } = message
  // Only content pages are searchable (not the search page, the 404 or a tracking page).
  if (html.includes('data-pagefind-body')) {
    const folder = join(copies, page)
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'index.html'), straightenElisions(searchablePart(html)))
    searchable++
  }
  addPageClassNames(classNames, html, classAttributes)
  pages.push(renderedPage(page, html))
})
