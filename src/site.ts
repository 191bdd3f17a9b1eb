/** Identity of the service, shown in the header, footer and metadata. */
export const site = {
  name: 'Dédale',
  tagline: 'Travaux en espace protégé : s’informer et demander conseil à l’UDAP',
  ministry: ['Ministère', 'de la Culture'],
} as const

/** Mandatory links of a State site, in the footer. */
export const footerLinks = [
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/accessibilite/', label: 'Accessibilité : non conforme' },
  { href: '/mentions-legales/', label: 'Mentions légales' },
  { href: '/donnees-personnelles/', label: 'Données personnelles' },
  { href: '/stats/', label: 'Statistiques' },
] as const

/** Main navigation. */
export const navigation = [
  { href: '/', label: 'Accueil' },
  { href: '/demander-un-conseil/', label: 'Demander un conseil' },
] as const

/** Sections of the content, in menu order; a page's `section` frontmatter names one of them. */
export const contentSections = {
  accueil: { label: 'Accueil', href: '/' },
  parcours: { label: 'Le parcours en 4 étapes', href: '/parcours/' },
  comprendre: { label: 'Comprendre les espaces protégés', href: '/comprendre/' },
  demarches: { label: 'Les démarches', href: '/demarches/' },
  'fiches-travaux': { label: 'Fiches travaux', href: '/fiches-travaux/' },
  aide: { label: 'Aide', href: '/faq/' },
  contact: { label: 'Contacter votre UDAP', href: '/contacter-votre-udap/' },
  informations: { label: 'Informations sur le site', href: '/plan-du-site/' },
} as const

export type ContentSection = keyof typeof contentSections

export const contentSectionKeys = Object.keys(contentSections) as [
  ContentSection,
  ...ContentSection[],
]
