/**
 * The title of each screen of the CMS (RGAA 8.6): Decap keeps the page's <title> whatever the
 * screen, so src/cms/admin.ts sets it from the address (#/collections/…) on every change.
 */
export const adminTitle = 'Dédale — gestion des contenus'

/** The title of the screen at `hash`, given the collections' labels by name. */
export function screenTitle(hash: string, labels: Record<string, string>): string {
  const [, collection, action, slug] =
    /^#\/collections\/([^/]+)(?:\/(entries|new)(?:\/(.+))?)?/.exec(hash) ?? []
  const label = collection && labels[collection]
  if (!label) return hash.startsWith('#/search/') ? `Recherche — ${adminTitle}` : adminTitle
  if (action === 'new') return `${label} : nouvelle page — ${adminTitle}`
  if (action === 'entries' && slug)
    return `${label} : modifier « ${decodeURIComponent(slug)} » — ${adminTitle}`
  return `${label} — ${adminTitle}`
}
