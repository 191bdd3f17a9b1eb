/**
 * What the site adds around Decap CMS, outside #nc-root (React owns only that tree, so nodes
 * before it in <body> are the site's own): a skip link to the screen's main content (RGAA 12.7),
 * a navigation bar with a search at the same place on every screen, the editor's included (RGAA
 * 12.2, 12.5), and a heading that names the screen where Decap draws none (RGAA 9.1). All are in
 * the page's markup (src/integrations/cms-admin.ts); this module wires them and keeps them in step
 * with the screen.
 */
import { screenName } from './admin-title.ts'

/** The id that src/cms/decap-repairs.ts gives the screen's main content, the skip link's target. */
export const mainContentId = 'contenu'
export const skipLinkId = 'lien-evitement'
export const screenHeadingId = 'titre-ecran'

/** What Decap shows: its sign-in screen, and whether it draws an h1 of its own. */
export interface DecapScreen {
  signIn: boolean
  ownHeading: boolean
}

/**
 * The text of the site's h1 for the screen at `hash`, or null where Decap has its own (the
 * collections' lists): exactly one h1 per screen. The sign-in screen can show at any address.
 */
export function screenHeading(
  hash: string,
  labels: Record<string, string>,
  screen: DecapScreen,
): string | null {
  if (screen.ownHeading) return null
  if (screen.signIn) return 'Connexion'
  return screenName(hash, labels)
}

/** Sets the site's h1 after what Decap shows now; changes nothing when it is already right. */
export function updateScreenHeading(document: Document, labels: Record<string, string>): void {
  const heading = document.getElementById(screenHeadingId)
  if (!heading) return
  const root = document.getElementById('nc-root')
  const text = screenHeading(document.location.hash, labels, {
    signIn: Boolean(root?.querySelector('section[class*="AuthenticationPage"]')),
    ownHeading: Boolean(root?.querySelector('h1')),
  })
  // Hidden rather than removed: the node stays for the next screen that needs it.
  if (heading.hidden !== (text === null)) heading.hidden = text === null
  if (text !== null && heading.textContent !== text) heading.textContent = text
}

/**
 * The skip link moves the focus to the main content itself: following "#contenu" would change
 * the address, which Decap reads as a route.
 */
export function wireSkipLink(document: Document): void {
  document.getElementById(skipLinkId)?.addEventListener('click', (event) => {
    event.preventDefault()
    document.getElementById(mainContentId)?.focus()
  })
}

/** The site's navigation bar (RGAA 12.2, 12.5): the same links and search on every screen. */
export const navigationBarId = 'barre-navigation'
export const contentSearchId = 'recherche-contenus'

/** A link of the navigation bar; `screen` is the route of a Decap screen (an address's hash). */
export interface BarLink {
  text: string
  href: string
  screen: boolean
}

/**
 * The bar's links, in their order: each collection's list, the editorial workflow's board, then
 * the public site. Decap's header offers them on the lists only; its editor replaces it.
 */
export function navigationLinks(labels: Record<string, string>): BarLink[] {
  return [
    ...Object.entries(labels).map(([name, text]) => ({
      text,
      href: `#/collections/${name}`,
      screen: true,
    })),
    { text: 'Flux éditorial', href: '#/workflow', screen: true },
    { text: 'Voir le site', href: '/', screen: false },
  ]
}

/**
 * Whether a bar link leads to the screen at `hash`: "page" for that very screen, "true" for a
 * screen within it (an entry of the collection), null otherwise.
 */
export function currentness(href: string, hash: string): 'page' | 'true' | null {
  const route = hash.split('?')[0] ?? ''
  if (route === href) return 'page'
  return href.startsWith('#/') && route.startsWith(`${href}/`) ? 'true' : null
}

/**
 * Shows the bar once the user is signed in (Decap draws its main container then, on every screen
 * after the sign-in) and marks the link of the current screen.
 */
export function updateNavigationBar(document: Document): void {
  const bar = document.getElementById(navigationBarId)
  if (!bar) return
  const signedIn = Boolean(document.querySelector('#nc-root [class*="AppMainContainer"]'))
  if (bar.hidden === signedIn) bar.hidden = !signedIn
  for (const link of bar.querySelectorAll('nav a')) {
    const current = currentness(link.getAttribute('href') ?? '', document.location.hash)
    if (current === null) link.removeAttribute('aria-current')
    else if (link.getAttribute('aria-current') !== current)
      link.setAttribute('aria-current', current)
  }
}

/**
 * The bar's search opens Decap's search of every collection (its route #/search/<terms>); with
 * no terms it stays where it is. The bar's height is kept in --dedale-bar-height: Decap's editor,
 * drawn over the whole window, starts under it (admin.css).
 */
export function wireNavigationBar(document: Document): void {
  const form = document.getElementById(contentSearchId)
  form?.addEventListener('submit', (event) => {
    event.preventDefault()
    const terms = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim()
    if (terms) document.location.hash = `#/search/${encodeURIComponent(terms)}`
  })
  const bar = document.getElementById(navigationBarId)
  const view = document.defaultView
  if (!bar || !view?.ResizeObserver) return
  new view.ResizeObserver(() => {
    document.documentElement.style.setProperty('--dedale-bar-height', `${bar.offsetHeight}px`)
  }).observe(bar)
}
