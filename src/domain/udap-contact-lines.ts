// How a UDAP's contact details read on /contacter-votre-udap/: the same lines at build time
// (UdapDirectory.astro) and when the browser refreshes them (src/client/udap-contacts-refresh.ts).
import { longDate } from './french-dates.ts'

export interface ContactDetails {
  address: string | null
  phone: string | null
  email: string | null
  opening: string | null
}

export interface ContactLine {
  label: string
  text: string
  href?: string
}

export function contactLines(contact: ContactDetails): ContactLine[] {
  const lines: ContactLine[] = []
  if (contact.address) lines.push({ label: 'Adresse', text: contact.address })
  if (contact.phone)
    lines.push({
      label: 'Téléphone',
      text: contact.phone,
      href: `tel:${contact.phone.replace(/[\s.-]/g, '')}`,
    })
  if (contact.email)
    lines.push({ label: 'Courriel', text: contact.email, href: `mailto:${contact.email}` })
  if (contact.opening) lines.push({ label: 'Accueil', text: contact.opening })
  return lines
}

export const publishedOn = (date: string) => `Coordonnées publiées par l’UDAP le ${longDate(date)}.`
