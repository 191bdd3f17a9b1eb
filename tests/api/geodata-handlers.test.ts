// GET /api/protections and GET /api/addresses, called in-process, against a local fake of the
// Géoplateforme geocoder and of API Carto's GPU module serving real formats over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import addresses from '../../functions/addresses.ts'
import protections from '../../functions/protections.ts'
import { outsideFranceMessage } from '../../src/domain/geodata/point-query.ts'
import { clearGeocoderCache } from '../../src/server/geodata/geocoder-client.ts'
import { clearGpuCache } from '../../src/server/geodata/gpu-client.ts'
import {
  type FakeGeodataUpstream,
  fakePoints,
  geocoderTriggers,
  startFakeGeodataUpstream,
} from '../support/fake-geodata-upstream.ts'

let upstream: FakeGeodataUpstream
const saved = { GEOCODER_URL: process.env.GEOCODER_URL, GPU_API_URL: process.env.GPU_API_URL }
beforeAll(async () => {
  upstream = await startFakeGeodataUpstream()
  process.env.GEOCODER_URL = upstream.geocoderUrl
  process.env.GPU_API_URL = upstream.gpuApiUrl
})
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await upstream.close()
})
beforeEach(() => {
  clearGpuCache()
  clearGeocoderCache()
  upstream.requests.length = 0
})

const call = async (
  handler: (request: Request) => Promise<Response>,
  path: string,
  method = 'GET',
) => {
  const response = await handler(new Request(`http://localhost${path}`, { method }))
  return { response, body: (await response.json()) as Record<string, unknown> }
}
const at = (point: readonly [number, number]) => `/api/protections?lat=${point[1]}&lon=${point[0]}`
const actUrl = (partition: string, file: string) =>
  `https://data.geopf.fr/annexes/gpu/documents/${partition}/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/${file}`

describe('GET /api/protections', () => {
  it.each([
    [
      'abords-500m',
      [
        {
          kind: 'abords_mh',
          perimeter: 'rayon',
          radiusMeters: 500,
          name: 'Eglise Saint-Pierre',
          actUrl: actUrl('172014607_SUP_23_AC1', 'AC1_Eglise-Saint-Pierre-KQ3ZTA_19270514_act.pdf'),
        },
      ],
    ],
    [
      'pda',
      [{ kind: 'abords_mh', perimeter: 'pda', radiusMeters: null, name: 'Tour de la Lanterne' }],
    ],
    [
      'spr-psmv',
      [
        { kind: 'spr', plan: 'psmv', name: 'Site patrimonial remarquable de Lyon - Vieux Lyon' },
        { kind: 'abords_mh', perimeter: 'rayon', name: 'Maison du Crible' },
      ],
    ],
    ['spr-pvap', [{ kind: 'spr', plan: 'pvap', name: 'Site patrimonial remarquable de Tournus' }]],
    ['site-inscrit', [{ kind: 'site_inscrit', name: 'Site inscrit des quais de Saône' }]],
    ['site-classe', [{ kind: 'site_classe', name: 'Site classé du cirque de Gavarnie' }]],
    [
      'several',
      [
        { kind: 'spr', plan: 'inconnu', name: 'Site patrimonial remarquable de Lyon - Vieux Lyon' },
        { kind: 'abords_mh', name: 'Maison du Crible' },
        { kind: 'abords_mh', name: 'Immeuble' },
        { kind: 'site_inscrit', name: 'Site inscrit des quais de Saône' },
      ],
    ],
    ['none', []],
  ] as const)('at the %s point, answers the protections found', async (scenario, expected) => {
    const { response, body } = await call(protections, at(fakePoints[scenario]))
    expect(response.status).toBe(200)
    expect(body.protections).toHaveLength(expected.length)
    expected.forEach((protection, index) => {
      expect((body.protections as unknown[])[index]).toMatchObject(protection)
    })
  })

  it('asks the GPU for the perimeters, the generators and the documents at the point', async () => {
    await call(protections, at(fakePoints.pda))
    const asked = upstream.requests.map((request) => new URL(request, 'http://fake'))
    expect(asked.map((url) => url.pathname).sort()).toEqual([
      '/api/gpu/assiette-sup-s',
      '/api/gpu/document',
      '/api/gpu/generateur-sup-s',
    ])
    for (const url of asked) {
      expect(JSON.parse(url.searchParams.get('geom') ?? '')).toEqual({
        type: 'Point',
        coordinates: [-1.1552, 46.1575],
      })
    }
  })

  it('answers a repeated point from its cache, without calling the GPU again', async () => {
    const first = await call(protections, at(fakePoints['site-classe']))
    const calls = upstream.requests.length
    const second = await call(protections, at(fakePoints['site-classe']))
    expect(second.body).toEqual(first.body)
    expect(upstream.requests).toHaveLength(calls)
  })

  it('still answers, with the perimeters’ own names, when the generators cannot be read', async () => {
    const { response, body } = await call(protections, at(fakePoints['generateurs-500']))
    expect(response.status).toBe(200)
    expect(body.protections).toMatchObject([
      { kind: 'site_inscrit', name: 'Site inscrit des quais de Saône' },
    ])
  })

  it.each([
    ['upstream-500', 'unavailable', 'ne répond pas en ce moment'],
    ['upstream-malformed', 'malformed', 'une réponse que nous ne savons pas lire'],
    ['upstream-timeout', 'timeout', 'ne répond pas assez vite'],
  ] as const)(
    'at the %s point, answers 503 (%s) with a French message',
    async (scenario, failure, words) => {
      const started = Date.now()
      const { response, body } = await call(protections, at(fakePoints[scenario]))
      expect(response.status).toBe(503)
      expect(response.headers.get('x-upstream-failure')).toBe(failure)
      expect(response.headers.get('retry-after')).toBe('60')
      expect(body.error).toContain('Le Géoportail de l’urbanisme')
      expect(body.error).toContain(words)
      expect(body.error).toContain('vérifiez par vous-même')
      // The deadline is 4 s, well before the fake's 5.5 s.
      expect(Date.now() - started).toBeLessThan(5000)
    },
  )

  it.each([
    ['New York', 40.7128, -74.006],
    ['Madrid', 40.4168, -3.7038],
    ['Rome', 41.9028, 12.4964],
    ['Londres', 51.5072, -0.1276],
    ['Saint-Pierre-et-Miquelon (hors des départements couverts)', 46.78, -56.17],
    ['le point 0, 0', 0, 0],
  ])('refuses %s with 400, before any upstream call', async (_place, lat, lon) => {
    const { response, body } = await call(protections, `/api/protections?lat=${lat}&lon=${lon}`)
    expect(response.status).toBe(400)
    expect(body.errors).toEqual([{ field: 'lat', message: outsideFranceMessage }])
    expect(upstream.requests).toEqual([])
  })

  it.each([
    ['', ['lat', 'lon'], 'ce paramètre est obligatoire'],
    ['lat=45.76', ['lon'], 'ce paramètre est obligatoire'],
    ['lat=abc&lon=4.83', ['lat'], 'donnez un nombre décimal'],
    ['lat=4.5e1&lon=4.83', ['lat'], 'donnez un nombre décimal'],
    ['lat=45.76&lon=0x10', ['lon'], 'donnez un nombre décimal'],
    ['lat=95&lon=4.83', ['lat'], 'comprise entre -90 et 90'],
    ['lat=45.76&lon=-200', ['lon'], 'comprise entre -180 et 180'],
  ])('refuses ?%s with 400 naming the parameter', async (query, fields, words) => {
    const { response, body } = await call(protections, `/api/protections?${query}`)
    expect(response.status).toBe(400)
    const errors = body.errors as { field: string; message: string }[]
    expect(errors.map((error) => error.field)).toEqual(fields)
    expect(errors[0]?.message).toContain(words)
    expect(upstream.requests).toEqual([])
  })

  it('accepts overseas points (Fort-de-France)', async () => {
    const { response } = await call(protections, '/api/protections?lat=14.6037&lon=-61.0731')
    expect(response.status).toBe(200)
  })

  it('refuses POST with 405', async () => {
    const { response } = await call(protections, at(fakePoints.none), 'POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })

  it('answers 503 when GPU_API_URL is not a URL', async () => {
    process.env.GPU_API_URL = 'nulle-part'
    try {
      const { response } = await call(protections, at(fakePoints.none))
      expect(response.status).toBe(503)
    } finally {
      process.env.GPU_API_URL = upstream.gpuApiUrl
    }
  })
})

describe('GET /api/addresses', () => {
  it('proposes addresses with their place, commune and INSEE code (the arrondissement’s in Lyon)', async () => {
    const { response, body } = await call(addresses, '/api/addresses?q=2%20place%20des%20terr')
    expect(response.status).toBe(200)
    expect(body.suggestions).toEqual([
      expect.objectContaining({
        label: '2 Place des Terreaux 69001 Lyon',
        street: '2 Place des Terreaux',
        postcode: '69001',
        commune: 'Lyon',
        inseeCode: '69381',
        lat: 45.7673,
        lon: 4.8336,
      }),
      expect.objectContaining({ label: '2 Place des Terreaux 69001 Lyon 1er' }),
    ])
    const asked = new URL(upstream.requests[0] ?? '', 'http://fake')
    expect(asked.pathname).toBe('/geocodage/search')
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      q: '2 place des terr',
      autocomplete: '1',
      limit: '6',
    })
  })

  it('answers an empty list when nothing matches', async () => {
    const { response, body } = await call(addresses, '/api/addresses?q=zzzz%20introuvable')
    expect(response.status).toBe(200)
    expect(body.suggestions).toEqual([])
  })

  it.each([
    ['', 'saisissez entre 3 et 200 caractères'],
    ['q=ab', 'saisissez entre 3 et 200 caractères'],
    ['q=%20%20a%20%20', 'saisissez entre 3 et 200 caractères'],
    [`q=${'a'.repeat(201)}`, 'saisissez entre 3 et 200 caractères'],
  ])('refuses ?%s with 400 naming q', async (query, words) => {
    const { response, body } = await call(addresses, `/api/addresses?${query}`)
    expect(response.status).toBe(400)
    expect(body.errors).toEqual([{ field: 'q', message: expect.stringContaining(words) }])
    expect(upstream.requests).toEqual([])
  })

  it.each([
    [geocoderTriggers.error, 'unavailable'],
    [geocoderTriggers.malformed, 'malformed'],
    [geocoderTriggers.slow, 'timeout'],
  ])('answers 503 when the geocoder is %s', async (word, failure) => {
    const { response, body } = await call(addresses, `/api/addresses?q=rue%20${word}`)
    expect(response.status).toBe(503)
    expect(response.headers.get('x-upstream-failure')).toBe(failure)
    expect(body.error).toContain('Le service de recherche d’adresses de l’IGN')
  })
})
