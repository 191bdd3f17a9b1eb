/**
 * Postcodes of metropolitan France (01–95, Corsica 20) and of the overseas départements
 * (971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte).
 * Mirrored by `public.departement_from_postcode` in SQL; a test proves they agree.
 */
export const postcodePattern = /^((0[1-9]|[1-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2})$/

/** INSEE commune codes: département (2A/2B in Corsica, 97x overseas) then the commune's number. */
export const inseeCodePattern =
  /^((0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2})$/

/** The département of a postcode; Corsica is 2A (20000–20199) or 2B. */
export function departementFromPostcode(postcode: string): string | undefined {
  if (!postcodePattern.test(postcode)) return undefined
  if (postcode.startsWith('20')) return postcode < '20200' ? '2A' : '2B'
  if (postcode.startsWith('97')) return postcode.slice(0, 3)
  return postcode.slice(0, 2)
}

/** The département of an INSEE commune code (Lyon, Marseille, Paris arrondissements included). */
export function departementFromInsee(inseeCode: string): string | undefined {
  if (!inseeCodePattern.test(inseeCode)) return undefined
  return inseeCode.slice(0, inseeCode.startsWith('97') ? 3 : 2)
}

/** The UDAP that receives a request: the INSEE code decides (a postcode may cross a border), else the postcode. */
export function routeToUdap(place: {
  inseeCode?: string | undefined
  postcode: string
}): string | undefined {
  return (
    (place.inseeCode && departementFromInsee(place.inseeCode)) ||
    departementFromPostcode(place.postcode)
  )
}
