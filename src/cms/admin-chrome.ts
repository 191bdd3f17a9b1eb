/**
 * What the site adds around Decap CMS, outside #nc-root (React owns only that tree, so nodes
 * before it in <body> are the site's own): a skip link to the screen's main content (RGAA 12.7)
 * and a heading that names the screen where Decap draws none (RGAA 9.1). Both are in the page's
 * markup (src/integrations/cms-admin.ts); this module wires the link and keeps the heading's text
 * in step with the screen.
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
