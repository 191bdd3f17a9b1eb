/**
 * The title of each screen of the CMS (RGAA 8.6): Decap keeps the page's <title> whatever the
 * screen, so src/cms/admin.ts sets it from the address (#/collections/…) on every change.
 */
export const adminTitle = 'Dédale — gestion des contenus'

/** The name of the screens without a collection of their own (Decap's home: the first list). */
const homeName = 'Gestion des contenus'

/**
 * The name of the screen at `hash`, given the collections' labels by name. Decap's query (an
 * entry opened from the editorial workflow's board is at ".../entries/faq?ref=workflow") is no
 * part of it.
 */
export function screenName(hash: string, labels: Record<string, string>): string {
  const route = hash.split('?')[0] ?? ''
  const [, collection, action, slug] =
    /^#\/collections\/([^/]+)(?:\/(entries|new)(?:\/(.+))?)?/.exec(route) ?? []
  const label = collection && labels[collection]
  if (route === '#/workflow') return 'Flux éditorial'
  if (!label) return route.startsWith('#/search/') ? 'Recherche' : homeName
  if (action === 'new') return `${label} : nouvelle page`
  if (action === 'entries' && slug) return `${label} : modifier « ${decodeURIComponent(slug)} »`
  return label
}

/** The title of the screen at `hash`: its name, then the site's (the name alone on the home). */
export function screenTitle(hash: string, labels: Record<string, string>): string {
  const name = screenName(hash, labels)
  return name === homeName ? adminTitle : `${name} — ${adminTitle}`
}
