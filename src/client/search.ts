// The search page: queries the Pagefind index built with the site (no server, no third party).
import { trackSiteSearch } from './analytics.ts'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>
}

const maxResults = 20
// Written by Pagefind after the build: a URL, not a module the bundler knows.
const pagefindUrl: string = '/pagefind/pagefind.js'

export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#recherche-page-input')
  const status = document.querySelector<HTMLElement>('#recherche-statut')
  const list = document.querySelector<HTMLOListElement>('#recherche-resultats')
  if (!input || !status || !list) return

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = query
  if (!query) return

  status.textContent = 'Recherche en cours…'
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind
    const search = await pagefind.search(query)
    const results = await Promise.all(
      search.results.slice(0, maxResults).map((result) => result.data()),
    )
    list.replaceChildren(...results.map(renderResult))
    trackSiteSearch(query, search.results.length)
    status.textContent = results.length
      ? `${search.results.length} résultat${search.results.length > 1 ? 's' : ''} pour « ${query} »`
      : `Aucun résultat pour « ${query} ». Essayez un autre mot.`
  } catch {
    status.textContent = 'La recherche est momentanément indisponible. Consultez le plan du site.'
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'fr-mb-3w'
  const title = document.createElement('h2')
  title.className = 'fr-h5 fr-mb-1w'
  const link = document.createElement('a')
  link.href = result.url
  link.textContent = result.meta.title ?? result.url
  title.append(link)
  // Pagefind escapes the page text and only adds <mark> around the words found.
  const excerpt = document.createElement('p')
  excerpt.innerHTML = result.excerpt
  item.append(title, excerpt)
  return item
}
