import * as z from 'zod/mini'

/** One address proposed while typing, with what the consultation form needs. */
export const addressSuggestionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  lat: z.number(),
  lon: z.number(),
  /** The street part ("2 Place des Terreaux"), for the form's address field. */
  street: z.string(),
  postcode: z.string(),
  commune: z.string(),
  /** INSEE code from the geocoder's `citycode`: in Paris, Lyon and Marseille, the arrondissement's. */
  inseeCode: z.string(),
})

/** GET /api/addresses?q=: the addresses proposed for what was typed. */
export const addressesAnswer = z.strictObject({ suggestions: z.array(addressSuggestionSchema) })

export type AddressSuggestion = z.infer<typeof addressSuggestionSchema>
export type AddressesAnswer = z.infer<typeof addressesAnswer>
