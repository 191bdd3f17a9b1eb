import { z } from 'zod'
import type { AddressSuggestion } from '../api/addresses.ts'

export type { AddressSuggestion } from '../api/addresses.ts'

// The Géoplateforme geocoder (/geocodage/search) answers a GeoJSON FeatureCollection whose
// features carry the BAN's properties; only the ones read here are checked.
const geocoderFeature = z.object({
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number(), z.number()]).rest(z.number()),
  }),
  properties: z.object({
    id: z.string().optional(),
    label: z.string().min(1),
    name: z.string().optional(),
    postcode: z.string().optional(),
    citycode: z.string().optional(),
    city: z.string().optional(),
  }),
})

export const geocoderResponseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
})

/** The suggestions in a geocoder answer; features without a place or a commune are skipped. */
export function suggestionsFromGeocoder(
  body: z.output<typeof geocoderResponseSchema>,
): AddressSuggestion[] {
  const suggestions: AddressSuggestion[] = []
  for (const raw of body.features) {
    const feature = geocoderFeature.safeParse(raw)
    if (!feature.success) continue
    const { properties, geometry } = feature.data
    const [lon, lat] = geometry.coordinates
    if (!properties.citycode || !properties.city || !properties.postcode) continue
    suggestions.push({
      id: properties.id ?? properties.label,
      label: properties.label,
      lat,
      lon,
      street: properties.name ?? properties.label,
      postcode: properties.postcode,
      commune: properties.city,
      inseeCode: properties.citycode,
    })
  }
  return suggestions
}
