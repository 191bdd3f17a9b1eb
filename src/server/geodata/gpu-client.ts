// The servitudes at a point, from API Carto's GPU module: GET {GPU_API_URL}/<resource>?geom=
// <GeoJSON point>. Three calls in parallel under one deadline: assiette-sup-s (the perimeters
// the point lies in — required), generateur-sup-s (names of the sites and SPR whose own
// polygon holds the point) and document (a PSMV there). The -l and -p resources are left out:
// AC1, AC2 and AC4 perimeters are surfaces, and a point never lies on a line or a point.
import type { FoundProtection } from '../../domain/geodata/found-protections.ts'
import {
  type GpuFeatureCollection,
  gpuFeatureCollectionSchema,
  protectionsFromGpu,
} from '../../domain/geodata/gpu-servitudes.ts'
import type { Point } from '../../domain/geodata/point-query.ts'
import { MemoryCache } from './memory-cache.ts'
import { getUpstreamJson } from './upstream-json.ts'

export const gpuTimeoutMs = 4000

export interface PointProtections {
  protections: FoundProtection[]
  /** The raw answers, for `npm run check:geodata`. */
  raw: {
    assiettes: GpuFeatureCollection
    generateurs: GpuFeatureCollection | null
    documents: GpuFeatureCollection | null
  }
}

// About 1 m: two lookups of the same address share an answer.
const cacheKey = (base: string, point: Point) =>
  `${base}|${point.lat.toFixed(5)},${point.lon.toFixed(5)}`
const cache = new MemoryCache<PointProtections>(60 * 60 * 1000, 2000)

export async function protectionsAt(gpuApiUrl: string, point: Point): Promise<PointProtections> {
  const key = cacheKey(gpuApiUrl, point)
  const cached = cache.get(key)
  if (cached) return cached
  const signal = AbortSignal.timeout(gpuTimeoutMs)
  const geom = JSON.stringify({ type: 'Point', coordinates: [point.lon, point.lat] })
  const get = (resource: string) => {
    const url = new URL(`${gpuApiUrl}/${resource}`)
    url.search = new URLSearchParams({ geom }).toString()
    return getUpstreamJson(url, gpuFeatureCollectionSchema, signal)
  }
  const [assiettes, generateurs, documents] = await Promise.allSettled([
    get('assiette-sup-s'),
    get('generateur-sup-s'),
    get('document'),
  ])
  // Without the perimeters there is no answer; the two others only refine it.
  if (assiettes.status === 'rejected') throw assiettes.reason
  const raw = {
    assiettes: assiettes.value,
    generateurs: generateurs.status === 'fulfilled' ? generateurs.value : null,
    documents: documents.status === 'fulfilled' ? documents.value : null,
  }
  const answer = { protections: protectionsFromGpu(raw), raw }
  if (raw.generateurs && raw.documents) cache.set(key, answer)
  return answer
}

/** Tests start each case from an empty cache. */
export function clearGpuCache(): void {
  cache.clear()
}
