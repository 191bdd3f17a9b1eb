// The geodata functions through Netlify's emulator, as `npm start` serves them, with the IGN
// services replaced by the local fake (GEOCODER_URL, GPU_API_URL passed to the server).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type FakeGeodataUpstream,
  fakePoints,
  startFakeGeodataUpstream,
} from '../support/fake-geodata-upstream.ts'
import {
  type LocalServerProcess,
  startLocalServerProcess,
} from '../support/local-server-process.ts'

let dataDir: string
let upstream: FakeGeodataUpstream
let server: LocalServerProcess
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dedale-geodata-'))
  upstream = await startFakeGeodataUpstream()
  server = await startLocalServerProcess(join(dataDir, 'pglite'), {
    GEOCODER_URL: upstream.geocoderUrl,
    GPU_API_URL: upstream.gpuApiUrl,
  })
})
afterAll(async () => {
  await server?.stop()
  await upstream?.close()
  await rm(dataDir, { recursive: true, force: true })
})

// One call: the emulator bundles a function on its first call, slow on a busy machine.
describe('geodata through the emulator', () => {
  it('answers the protections at a point, never cached by the CDN', {
    timeout: 120_000,
  }, async () => {
    const [lon, lat] = fakePoints['spr-psmv']
    const response = await fetch(`${server.url}/api/protections?lat=${lat}&lon=${lon}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { protections: { kind: string }[] }
    expect(body.protections.map((protection) => protection.kind)).toEqual(['spr', 'abords_mh'])
  })
})
