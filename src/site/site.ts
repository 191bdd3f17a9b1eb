import { accessibilitySummary } from '../data/accessibility-audit.ts'

/** Identity of the service, shown in the header, footer and metadata. */
export const site = {
  name: 'Dédale',
  tagline: 'Travaux en espace protégé : s’informer et demander conseil à l’UDAP',
  ministry: ['Ministère', 'de la Culture'],
} as const

/** Mandatory links of a State site, in the footer; the accessibility level comes from the audit grid. */
export const footerLinks = [
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/accessibilite/', label: `Accessibilité : ${accessibilitySummary.level}` },
  { href: '/mentions-legales/', label: 'Mentions légales' },
  { href: '/donnees-personnelles/', label: 'Données personnelles' },
  { href: '/stats/', label: 'Statistiques' },
] as const

/** Useful links in the footer, by category. */
export const footerCategories = [
  {
    title: 'S’informer',
    links: [
      { href: '/parcours/', label: 'Le parcours en 4 étapes' },
      { href: '/comprendre/', label: 'Comprendre les espaces protégés' },
      { href: '/demarches/', label: 'Les démarches' },
      { href: '/fiches-travaux/', label: 'Fiches travaux' },
    ],
  },
  {
    title: 'Être aidé',
    links: [
      { href: '/faq/', label: 'Questions fréquentes' },
      { href: '/glossaire/', label: 'Glossaire' },
      { href: '/contacter-votre-udap/', label: 'Contacter votre UDAP' },
      { href: '/demander-un-conseil/', label: 'Demander un conseil' },
    ],
  },
] as const

/** The tools of the site, after the content sections in the main navigation. */
export const tools = [
  { href: '/mon-adresse-est-elle-protegee/', label: 'Mon adresse est-elle protégée ?' },
  { href: '/quelle-demarche/', label: 'Quelle démarche ?' },
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

/** Sections listed in the main navigation, in menu order, with their short menu label. */
export const navigationSections = [
  { key: 'parcours', label: 'Le parcours' },
  { key: 'comprendre', label: 'Comprendre' },
  { key: 'demarches', label: 'Les démarches' },
  { key: 'fiches-travaux', label: 'Fiches travaux' },
] as const satisfies readonly { key: ContentSection; label: string }[]

/** Main navigation: the content sections, then the tools. */
export const navigation: readonly { href: string; label: string }[] = [
  ...navigationSections.map(({ key, label }) => ({ href: contentSections[key].href, label })),
  ...tools,
]

/**
 * Each main navigation link's `aria-current` on the page at `pathname` (RGAA: the current page is
 * "page"; a page inside a section marks that section "true", as the DSFR does).
 */
export function navigationCurrent(pathname: string): ('page' | 'true' | undefined)[] {
  return navigation.map(({ href }) =>
    pathname === href ? 'page' : href !== '/' && pathname.startsWith(href) ? 'true' : undefined,
  )
}
