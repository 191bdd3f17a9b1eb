/**
 * Decap CMS's bundle, corrected where its markup nests elements that HTML forbids (RGAA 8.2) and
 * no attribute can repair it (src/cms/decap-repairs.ts): the element React draws is changed where
 * Decap declares it, in the copy of the bundle written to dist/admin/ (src/integrations/
 * cms-admin.ts). Decap's styled components name themselves in the bundle (Emotion's label), so
 * each patch finds exactly one declaration, or fails the build: an upgrade of Decap that moves one
 * is seen at once, not shipped unpatched.
 */

export interface DecapPatch {
  /** The styled component, by the label Emotion gives it. */
  component: string
  from: string
  to: string
}

export const decapPatches: readonly DecapPatch[] = [
  // The list of each menu (« Publier », « Statut », « Trier par »…) holds its choices as
  // div[role=menuitem] (react-aria-menubutton), and a ul holds only li: a div holds them, the
  // menu keeps its role and its choices theirs.
  { component: 'DropdownList', from: 'ul', to: 'div' },
  // The title (h2) of each card of a collection's list holds the box of its workflow badge, and a
  // heading holds phrasing content only: a span holds it, with the same flex layout.
  { component: 'TitleIcons', from: 'div', to: 'span' },
]

/** `source` (Decap's bundle) with each patch applied once; throws if a declaration is not found once. */
export function patchDecapBundle(source: string, patches = decapPatches): string {
  let patched = source
  for (const { component, from, to } of patches) {
    const declaration = new RegExp(
      `\\("${from}",(\\{target:"\\w+",label:"${component}"\\})\\)`,
      'g',
    )
    const found = patched.match(declaration)?.length ?? 0
    if (found !== 1)
      throw new Error(
        `Decap CMS: ${found} declarations of ${component} as a ${from} in its bundle, 1 expected (src/cms/decap-bundle-patches.ts)`,
      )
    patched = patched.replace(declaration, `("${to}",$1)`)
  }
  return patched
}
