// Address autocomplete through the Géoplateforme geocoder (BAN data):
// GET {GEOCODER_URL}/search?q=…&autocomplete=1&limit=… answers a GeoJSON FeatureCollection.
import {
  type AddressSuggestion,
  geocoderResponseSchema,
  suggestionsFromGeocoder,
} from '../../domain/geodata/address-suggestions.ts'
import { MemoryCache } from './memory-cache.ts'
import { getUpstreamJson } from './upstream-json.ts'

/** Typing must feel instant: past this, the person is told to try again or check by hand. */
export const geocoderTimeoutMs = 3000
const suggestionsLimit = 6
const cache = new MemoryCache<AddressSuggestion[]>(60 * 60 * 1000, 1000)

export async function suggestAddresses(
  geocoderUrl: string,
  q: string,
): Promise<AddressSuggestion[]> {
  const key = `${geocoderUrl}|${q.toLowerCase()}`
  const cached = cache.get(key)
  if (cached) return cached
  const url = new URL(`${geocoderUrl}/search`)
  url.search = new URLSearchParams({
    q,
    autocomplete: '1',
    limit: String(suggestionsLimit),
    index: 'address',
  }).toString()
  const body = await getUpstreamJson(
    url,
    geocoderResponseSchema,
    AbortSignal.timeout(geocoderTimeoutMs),
  )
  const suggestions = suggestionsFromGeocoder(body)
  cache.set(key, suggestions)
  return suggestions
}

/** Tests start each case from an empty cache. */
export function clearGeocoderCache(): void {
  cache.clear()
}
