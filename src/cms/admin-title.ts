/**
 * The title of each screen of the CMS (RGAA 8.6): Decap keeps the page's <title> whatever the
 * screen, so src/cms/admin.ts sets it from the address (#/collections/…) on every change.
 */
export const adminTitle = 'Dédale — gestion des contenus'

/** The name of the screens without a collection of their own (Decap's home: the first list). */
const homeName = 'Gestion des contenus'

/** The name of the screen at `hash`, given the collections' labels by name. */
export function screenName(hash: string, labels: Record<string, string>): string {
  const [, collection, action, slug] =
    /^#\/collections\/([^/]+)(?:\/(entries|new)(?:\/(.+))?)?/.exec(hash) ?? []
  const label = collection && labels[collection]
  if (!label) return hash.startsWith('#/search/') ? 'Recherche' : homeName
  if (action === 'new') return `${label} : nouvelle page`
  if (action === 'entries' && slug) return `${label} : modifier « ${decodeURIComponent(slug)} »`
  return label
}

/** The title of the screen at `hash`: its name, then the site's (the name alone on the home). */
export function screenTitle(hash: string, labels: Record<string, string>): string {
  const name = screenName(hash, labels)
  return name === homeName ? adminTitle : `${name} — ${adminTitle}`
}
