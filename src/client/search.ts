// <site-search>, the search page: queries the Pagefind index built with the site (no server, no third party).
// Pagefind downloads only the parts of the index a search needs; every part downloaded stays in
// memory, so that a search already made (or one using the same parts) keeps working without a
// network. A small index (the site's own pages) is kept whole as soon as the page loads: then
// every search works offline. Searches and section filters update the page in place.
import { trackSiteSearch } from './analytics.ts'
import { defineEnhancer, Enhancer } from './component.ts'
import { h } from './dom.ts'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
  filters: { section?: string[] }
}

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[]
  unfilteredResultCount: number
  totalFilters?: { section?: Record<string, number> }
}

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<PagefindSearch | null>
}

const maxResults = 20
// Written by Pagefind after the build: URLs, not modules the bundler knows.
const pagefindUrl: string = '/pagefind/pagefind.js'
// The index's files when it is small enough to be kept whole, an empty list otherwise
// (src/integrations/pagefind.ts, wholeIndexLimit).
const indexFilesUrl = '/pagefind/dedale-index-files.json'

const kept = new Map<string, ArrayBuffer>()

/** Serves the index's files from memory once fetched, and keeps every one fetched. */
function keepIndexFiles(): void {
  const networkFetch = globalThis.fetch.bind(globalThis)
  globalThis.fetch = async (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input), location.href)
      .pathname
    const body = kept.get(path)
    if (body) return new Response(body.slice(0))
    const response = await networkFetch(input, init)
    if (!response.ok || !path.startsWith('/pagefind/')) return response
    const fetched = await response.arrayBuffer()
    kept.set(path, fetched)
    return new Response(fetched.slice(0), { status: response.status, headers: response.headers })
  }
}

/** Fetches the whole index if it is small (the fetches above keep it in memory). */
async function keepSmallIndexWhole(): Promise<void> {
  const { files } = (await (await fetch(indexFilesUrl)).json()) as { files: string[] }
  await Promise.all(files.map((file) => fetch(file)))
}

let pagefindReady: Promise<Pagefind> | undefined
function loadPagefind(): Promise<Pagefind> {
  pagefindReady ??= (async () => {
    keepIndexFiles()
    await keepSmallIndexWhole()
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind
    // In the page's own thread, so that its requests go through the copy kept in memory.
    await pagefind.options({ noWorker: true })
    // Loads the filters: searches count their results by section only once they are loaded.
    await pagefind.filters()
    return pagefind
  })()
  return pagefindReady
}

export class SiteSearch extends Enhancer {
  protected enhance(): void {
    runSearchPage({
      form: this.required('form', HTMLFormElement),
      input: this.required('input[type=search]', HTMLInputElement),
      status: this.required('[role=status]'),
      filters: this.required('ul', HTMLUListElement),
      list: this.required('ol', HTMLOListElement),
    })
  }
}

interface SearchParts {
  form: HTMLFormElement
  input: HTMLInputElement
  status: HTMLElement
  filters: HTMLUListElement
  list: HTMLOListElement
}

function runSearchPage({ form, input, status, filters, list }: SearchParts): void {
  // Loaded straight away: a search typed next is quicker, and a small index is kept whole.
  loadPagefind().catch(() => {})
  const params = new URLSearchParams(location.search)
  const state = { query: params.get('q')?.trim() ?? '', section: params.get('rubrique') ?? '' }
  input.value = state.query
  const baseTitle = document.title

  const show = async () => {
    const url = new URL(location.href)
    url.search = new URLSearchParams({
      q: state.query,
      ...(state.section ? { rubrique: state.section } : {}),
    }).toString()
    history.replaceState(null, '', url)
    document.title = baseTitle
    if (!state.query) return
    status.textContent = 'Recherche en cours…'
    try {
      const pagefind = await loadPagefind()
      const search = await pagefind.search(
        state.query,
        state.section ? { filters: { section: state.section } } : {},
      )
      if (!search) return
      const results = await Promise.all(
        search.results.slice(0, maxResults).map((result) => result.data()),
      )
      filters.replaceChildren(...renderFilters(search, state.section, choose))
      list.replaceChildren(...results.map(renderResult))
      const count = search.results.length
      trackSiteSearch(state.query, count)
      const within = state.section ? ` dans « ${state.section} »` : ''
      status.textContent = count
        ? `${count} résultat${count > 1 ? 's' : ''} pour « ${state.query} »${within}`
        : `Aucun résultat pour « ${state.query} »${within}. Essayez un autre mot.`
      // The title says the search and its count (RGAA 8.6).
      document.title = `${count ? `${count} résultat${count > 1 ? 's' : ''}` : 'Aucun résultat'} pour « ${state.query} »${within} — ${baseTitle}`
    } catch {
      status.textContent = 'La recherche est momentanément indisponible. Consultez le plan du site.'
    }
  }
  const choose = async (section: string, pressed: string) => {
    state.section = section
    await show()
    // The list of filters is drawn again: the focus goes back to the filter just pressed.
    filters.querySelector<HTMLElement>(`[data-section="${CSS.escape(pressed)}"]`)?.focus()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    state.query = input.value.trim()
    state.section = ''
    void show()
  })
  void show()
}

/** One toggle per section found, with its number of results (DSFR selectable tags). */
function renderFilters(
  search: PagefindSearch,
  current: string,
  choose: (section: string, pressed: string) => Promise<void>,
): HTMLLIElement[] {
  const counts = Object.entries(search.totalFilters?.section ?? {}).filter(([, n]) => n > 0)
  if (counts.length < 2 && !current) return []
  return counts.map(([section, count]) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'fr-tag',
        'aria-pressed': String(section === current),
        'data-section': section,
      },
      `${section} (${count})`,
    )
    button.addEventListener('click', () => void choose(section === current ? '' : section, section))
    return h('li', {}, button)
  })
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  // Pagefind escapes the page text and only adds <mark> around the words found.
  const excerpt = h('p')
  excerpt.innerHTML = result.excerpt
  const section = result.filters.section?.[0]
  return h(
    'li',
    { class: 'fr-mb-3w' },
    h(
      'h2',
      { class: 'fr-h5 fr-mb-1w' },
      h('a', { href: result.url }, result.meta.title ?? result.url),
    ),
    section && h('p', { class: 'fr-text--sm fr-mb-1w' }, section),
    excerpt,
  )
}

defineEnhancer('site-search', SiteSearch)
