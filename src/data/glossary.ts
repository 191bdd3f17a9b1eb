import { z } from 'zod'
import rawGlossary from '../../content/data/glossary.json' with { type: 'json' }

/** Anchor ids other pages link to (/glossaire/#id): they must never disappear. */
export const guaranteedGlossaryIds = [
  'abf',
  'udap',
  'drac',
  'monument-historique',
  'abords',
  'perimetre-delimite-des-abords',
  'covisibilite',
  'site-patrimonial-remarquable',
  'psmv',
  'pvap',
  'site-classe',
  'site-inscrit',
  'declaration-prealable',
  'permis-de-construire',
  'permis-de-demolir',
  'permis-d-amenager',
  'accord-de-l-abf',
  'avis-simple',
  'surface-de-plancher',
  'emprise-au-sol',
  'erp',
  'plu',
  'cerfa',
  'ravalement',
  'autorisation-speciale',
  'pre-dossier',
  'recours',
  'zone-urbaine',
] as const

export const glossaryTerm = z.strictObject({
  // Anchor of the term on /glossaire/: lower case, words joined by hyphens.
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  // The term as shown, with its abbreviation if any.
  term: z.string().min(2),
  // A plain definition in one to three sentences.
  definition: z.string().min(20),
  // Pages of the site that explain the term further.
  links: z
    .array(z.strictObject({ href: z.string().regex(/^\/[^\s]*$/), label: z.string().min(3) }))
    .min(1),
})

export type GlossaryTerm = z.infer<typeof glossaryTerm>

const collator = new Intl.Collator('fr', { sensitivity: 'base' })

/** content/data/glossary.json, checked, in French alphabetical order of the terms. */
export const glossary: readonly GlossaryTerm[] = z
  .array(glossaryTerm)
  .parse(rawGlossary)
  .sort((a, b) => collator.compare(a.term, b.term))

/** The terms grouped under their initial letter, accents removed (É goes under E). */
export function glossaryByLetter(
  terms: readonly GlossaryTerm[],
): { letter: string; terms: GlossaryTerm[] }[] {
  const groups = new Map<string, GlossaryTerm[]>()
  for (const term of terms) {
    const letter = term.term.normalize('NFD').charAt(0).toUpperCase()
    groups.set(letter, [...(groups.get(letter) ?? []), term])
  }
  return [...groups].map(([letter, grouped]) => ({ letter, terms: grouped }))
}
