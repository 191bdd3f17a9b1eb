/** Names shared by the CMS configuration (Node, at build time) and its browser script. */

/** Folders of content/pages, each a collection; new pages can be created in the section folders. */
export const pageFolders = [
  { name: 'pages', label: 'Pages générales', folder: 'content/pages', create: false },
  { name: 'parcours', label: 'Le parcours', folder: 'content/pages/parcours', create: true },
  { name: 'comprendre', label: 'Comprendre', folder: 'content/pages/comprendre', create: true },
  { name: 'demarches', label: 'Les démarches', folder: 'content/pages/demarches', create: true },
  {
    name: 'fiches-travaux',
    label: 'Fiches travaux',
    folder: 'content/pages/fiches-travaux',
    create: true,
  },
] as const

/** The collection of the data files (glossary, directory), one entry per file. */
export const dataCollection = { name: 'donnees', label: 'Glossaire et annuaire' } as const

/** Each collection's label by its name, in the order of Decap's list of collections. */
export const collectionLabels: Record<string, string> = Object.fromEntries(
  [...pageFolders, dataCollection].map(({ name, label }) => [name, label]),
)

/** The custom formats registered by src/cms/admin.ts (see src/cms/formats.ts). */
export const pageFormat = 'dedale-mdx'
export const jsonFormat = 'dedale-json'
