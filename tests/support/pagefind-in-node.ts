// Runs the built site's own Pagefind search in Node: its requests for index files are answered
// from dist/ (the same files a browser would download).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>
}

export async function loadBuiltSearch(dist: string): Promise<(query: string) => Promise<string[]>> {
  const networkFetch = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!url.startsWith('/pagefind/')) return networkFetch(input, init)
    const body = await readFile(join(dist, url.split('?')[0] ?? url))
    const type = url.endsWith('.json') ? 'application/json' : 'application/octet-stream'
    return new Response(body, { headers: { 'Content-Type': type } })
  }
  const pagefind = (await import(
    pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href
  )) as Pagefind
  await pagefind.options({ basePath: '/pagefind/', noWorker: true })
  return async (query) => {
    const search = await pagefind.search(query)
    return Promise.all(search.results.map(async (result) => (await result.data()).url))
  }
}
