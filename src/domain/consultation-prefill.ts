import { inseeCodePattern, postcodePattern } from './departement.ts'
import { protectionKinds, worksTypes } from './taxonomy.ts'

/** Fields of the consultation form that a link may fill in (URL contract shared by the site). */
export interface ConsultationPrefill {
  protection?: string
  worksTypes: string[]
  address?: string
  postcode?: string
  commune?: string
  inseeCode?: string
}

const maxTextLength = { address: 300, commune: 150 } as const

/**
 * Reads `?protection=…&worksTypes=…(repeatable)&address=…&postcode=…&commune=…&inseeCode=…`.
 * Unknown or invalid values are ignored, never shown: a link cannot put wrong data in the form.
 */
export function prefillFromQuery(query: URLSearchParams): ConsultationPrefill {
  const prefill: ConsultationPrefill = { worksTypes: [] }
  const protection = query.get('protection')
  if (protection && protection in protectionKinds) prefill.protection = protection
  for (const type of query.getAll('worksTypes'))
    if (type in worksTypes && !prefill.worksTypes.includes(type)) prefill.worksTypes.push(type)
  for (const field of ['address', 'commune'] as const) {
    const value = query.get(field)?.trim().normalize('NFC')
    if (value && value.length <= maxTextLength[field]) prefill[field] = value
  }
  const postcode = query.get('postcode')?.trim()
  if (postcode && postcodePattern.test(postcode)) prefill.postcode = postcode
  const inseeCode = query.get('inseeCode')?.trim().toUpperCase()
  if (inseeCode && inseeCodePattern.test(inseeCode)) prefill.inseeCode = inseeCode
  return prefill
}
