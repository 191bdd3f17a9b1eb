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
] as const

/** Main navigation. */
export const navigation = [
  { href: '/', label: 'Accueil' },
  { href: '/demander-un-conseil/', label: 'Demander un conseil' },
] as const
