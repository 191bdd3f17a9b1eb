// Shared by the page pass (page-pass.ts, loaded with the build's configuration) and its middleware
// (page-pass-middleware.ts, bundled with the pages): both run in the build's process, and the
// middleware finds the pass's hand-off on globalThis under this key.

/** Takes a page as Astro rendered it: its path ("/faq/") and its HTML. */
export type HandOff = (page: string, html: string) => void

export const handOffKey = Symbol.for('dedale.page-pass')

/** The page pass's hand-off while a build renders its pages, else undefined. */
export function currentHandOff(): HandOff | undefined {
  return (globalThis as { [handOffKey]?: HandOff })[handOffKey]
}

export function setHandOff(handOff: HandOff | undefined): void {
  const holder = globalThis as { [handOffKey]?: HandOff }
  if (handOff) holder[handOffKey] = handOff
  else delete holder[handOffKey]
}
