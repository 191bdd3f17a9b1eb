// Whether a request may go to a UDAP: only one that takes online requests (`active`). Otherwise
// the person is told before typing anything personal, with the UDAP's own contact details. Used
// by the API (which refuses the request) and by the form (which says so once the commune is chosen).

/** The public side of a UDAP, as `GET /api/udap` and `public.udap_contact` answer it. */
export interface UdapContact {
  code: string
  name: string
  active: boolean
  email: string | null
  phone: string | null
  address: string | null
  opening: string | null
}

/** Why the request cannot be sent online, and how to reach the UDAP; undefined when it can be. */
export function inactiveUdapMessage(udap: UdapContact): string | undefined {
  if (udap.active) return undefined
  const ways = [
    udap.phone && `par téléphone au ${udap.phone}`,
    udap.email && `par e-mail à ${udap.email}`,
    udap.address && `à l’adresse ${udap.address}`,
  ].filter(Boolean)
  const contact =
    ways.length > 0
      ? `Contactez-la directement ${ways.join(', ')}${udap.opening ? ` (${udap.opening})` : ''}.`
      : 'Renseignez-vous auprès de votre mairie, qui vous indiquera comment la joindre.'
  return `Commune : l’${udap.name} ne reçoit pas encore de demandes de conseil en ligne. ${contact}`
}
