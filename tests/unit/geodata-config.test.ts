import { describe, expect, it } from 'vitest'
import { ConfigError, readGeodataConfig } from '../../src/server/config.ts'

describe('GEOCODER_URL and GPU_API_URL', () => {
  it('default to the IGN services', () => {
    expect(readGeodataConfig({})).toEqual({
      geocoderUrl: 'https://data.geopf.fr/geocodage',
      gpuApiUrl: 'https://apicarto.ign.fr/api/gpu',
    })
  })

  it('point elsewhere when set, without a trailing slash', () => {
    expect(
      readGeodataConfig({
        GEOCODER_URL: 'http://127.0.0.1:9000/geocodage/',
        GPU_API_URL: 'https://miroir.example.fr/gpu',
      }),
    ).toEqual({
      geocoderUrl: 'http://127.0.0.1:9000/geocodage',
      gpuApiUrl: 'https://miroir.example.fr/gpu',
    })
  })

  it.each([
    ['GEOCODER_URL', 'data.geopf.fr'],
    ['GPU_API_URL', 'ftp://apicarto.ign.fr/api/gpu'],
  ])('refuse a malformed %s, naming it', (name, value) => {
    expect(() => readGeodataConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => readGeodataConfig({ [name]: value })).toThrow(name)
  })

  it('need neither a store nor FORM_SECRET', () => {
    expect(() =>
      readGeodataConfig({ DATABASE_URL: undefined, FORM_SECRET: undefined }),
    ).not.toThrow()
  })
})
