// Audience measurement with Matomo in the CNIL's consent-exempt configuration: no cookie, no
// identifier (no visitor id is sent), only this site's page paths (never a query string or a
// fragment: the tracking link lives there) and never any field content. Requests go straight to
// Matomo's HTTP tracking API, so no third-party script runs here. IP anonymisation is set on the
// Matomo server (see docs/configuration.md). Every call is a no-op when Matomo is not configured at build
// (no <meta name="matomo-url">) or when the visitor opted out on /donnees-personnelles/.

const optOutKey = 'dedale:mesure-d-audience-refusee'

export function hasOptedOut(): boolean {
  try {
    return localStorage.getItem(optOutKey) === 'oui'
  } catch {
    return false
  }
}

export function setOptOut(optOut: boolean): void {
  if (optOut) localStorage.setItem(optOutKey, 'oui')
  else localStorage.removeItem(optOutKey)
}

function send(params: Record<string, string>): void {
  const url = document.querySelector<HTMLMetaElement>('meta[name="matomo-url"]')?.content
  const siteId = document.querySelector<HTMLMetaElement>('meta[name="matomo-site-id"]')?.content
  if (!url || !siteId || hasOptedOut()) return
  const body = new URLSearchParams({
    idsite: siteId,
    rec: '1',
    apiv: '1',
    send_image: '0',
    url: `${location.origin}${location.pathname}`,
    rand: Math.random().toString(36).slice(2, 10),
    ...params,
  })
  // credentials 'omit': Matomo's server can neither read nor set a cookie.
  fetch(`${url}/matomo.php`, {
    method: 'POST',
    body,
    credentials: 'omit',
    keepalive: true,
    mode: 'no-cors',
  }).catch(() => {
    // Measurement is best effort: never an error for the visitor.
  })
}

export function trackPageView(): void {
  send({ action_name: document.title })
}

/** A step of a journey (questionnaire started, form submitted…): labels only, never what was typed. */
export function track(category: string, action: string, name?: string): void {
  send({ e_c: category, e_a: action, ...(name ? { e_n: name } : {}) })
}

/** A search of the site's search page, as a Matomo site search. */
export function trackSiteSearch(keyword: string, resultCount: number): void {
  send({ action_name: document.title, search: keyword, search_count: String(resultCount) })
}
