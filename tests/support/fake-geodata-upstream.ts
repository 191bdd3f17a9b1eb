// A local stand-in for the Géoplateforme geocoder and API Carto's GPU module, serving the
// fixtures of tests/fixtures/geodata in their real formats, over real HTTP (node:http).
// GPU answers are chosen by the point asked; some points and some words make it fail.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'geodata')
const readJson = (path: string) => JSON.parse(readFileSync(join(fixtures, path), 'utf8'))

export const gpuScenarios = [
  'abords-500m',
  'pda',
  'spr-psmv',
  'spr-pvap',
  'site-inscrit',
  'site-classe',
  'several',
  'none',
] as const
export type GpuScenario = (typeof gpuScenarios)[number]

/** Points (lon, lat) and what the fake GPU answers there. */
export const fakePoints = {
  'abords-500m': [1.7545, 45.9531],
  pda: [-1.1552, 46.1575],
  'spr-psmv': [4.8336, 45.7673],
  'spr-pvap': [4.9089, 46.5627],
  'site-inscrit': [4.8279, 45.7612],
  'site-classe': [-0.0095, 42.7351],
  several: [4.8275, 45.7625],
  none: [2.4405, 48.9077],
  'upstream-500': [2.3401, 48.8601],
  'upstream-timeout': [2.35, 48.85],
  'upstream-malformed': [2.36, 48.86],
  'generateurs-500': [4.84, 45.76],
} as const satisfies Record<string, readonly [number, number]>

/** Words that make the fake geocoder fail. */
export const geocoderTriggers = { error: 'indisponible', slow: 'lenteur', malformed: 'illisible' }

/** Longer than the clients' deadlines (3 s geocoder, 4 s GPU). */
const slowMs = 5500

export interface FakeGeodataUpstream {
  geocoderUrl: string
  gpuApiUrl: string
  /** Paths and queries received, in order. */
  requests: string[]
  close(): Promise<void>
}

const plain = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, ' ')
    .toLowerCase()

const keyOf = (lon: number, lat: number) => `${lon.toFixed(4)},${lat.toFixed(4)}`

export async function startFakeGeodataUpstream(): Promise<FakeGeodataUpstream> {
  const addresses = readJson('geocoder-addresses.json') as {
    features: { properties: { label: string } }[]
  }
  const scenarios = new Map<string, Record<string, unknown>>(
    gpuScenarios.map((name) => [name, readJson(`gpu/${name}.json`)]),
  )
  const pointNames = new Map(
    Object.entries(fakePoints).map(([name, [lon, lat]]) => [keyOf(lon, lat), name]),
  )
  const requests: string[] = []
  const timers = new Set<NodeJS.Timeout>()

  const send = (
    response: ServerResponse,
    status: number,
    body: string,
    type = 'application/json',
  ) => {
    response.writeHead(status, { 'Content-Type': type })
    response.end(body)
  }
  const later = (action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      action()
    }, slowMs)
    timers.add(timer)
  }

  const geocoder = (url: URL, response: ServerResponse) => {
    const q = plain(url.searchParams.get('q') ?? '')
    if (q.includes(geocoderTriggers.error))
      return send(response, 500, '{"code":500,"message":"Internal error"}')
    if (q.includes(geocoderTriggers.malformed))
      return send(response, 200, '<html>Maintenance</html>', 'text/html')
    const words = q.split(/\s+/).filter(Boolean)
    const features = addresses.features
      .filter((feature) => words.every((word) => plain(feature.properties.label).includes(word)))
      .slice(0, Number(url.searchParams.get('limit') ?? 10))
    const body = JSON.stringify({
      type: 'FeatureCollection',
      features,
      query: url.searchParams.get('q'),
    })
    if (q.includes(geocoderTriggers.slow)) return later(() => send(response, 200, body))
    send(response, 200, body)
  }

  const gpu = (resource: string, url: URL, response: ServerResponse) => {
    let point: [number, number]
    try {
      const geom = JSON.parse(url.searchParams.get('geom') ?? '') as {
        coordinates: [number, number]
      }
      point = geom.coordinates
    } catch {
      return send(response, 400, '{"code":400,"message":"geom invalide"}')
    }
    const name = pointNames.get(keyOf(point[0], point[1])) ?? 'none'
    if (name === 'upstream-500')
      return send(response, 500, '{"code":500,"message":"Erreur interne"}')
    if (name === 'upstream-malformed')
      return send(response, 200, '{"type":"FeatureCollection","features":"rien"}')
    if (name === 'upstream-timeout')
      return later(() => send(response, 200, '{"type":"FeatureCollection","features":[]}'))
    if (name === 'generateurs-500' && resource === 'generateur-sup-s')
      return send(response, 502, '<html>Bad gateway</html>', 'text/html')
    const scenario = scenarios.get(name === 'generateurs-500' ? 'site-inscrit' : name)
    const collection = scenario?.[resource] ?? {
      type: 'FeatureCollection',
      features: [],
      totalFeatures: 0,
    }
    send(response, 200, JSON.stringify(collection))
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake')
    requests.push(`${url.pathname}${url.search}`)
    if (request.method !== 'GET') return send(response, 405, '{"message":"GET only"}')
    if (url.pathname === '/geocodage/search') return geocoder(url, response)
    const gpuResource = /^\/api\/gpu\/([a-z-]+)$/.exec(url.pathname)?.[1]
    if (gpuResource) return gpu(gpuResource, url, response)
    send(response, 404, '{"message":"not found"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  return {
    geocoderUrl: `${base}/geocodage`,
    gpuApiUrl: `${base}/api/gpu`,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
