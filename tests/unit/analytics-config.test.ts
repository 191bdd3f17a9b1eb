import { describe, expect, it } from 'vitest'
import { matomoConfig } from '../../src/domain/analytics-config.ts'
import { contentSecurityPolicy, headersFile } from '../../src/integrations/security-headers.ts'

describe('Matomo configuration (build time)', () => {
  it.each([
    [{}, undefined],
    [{ MATOMO_URL: ' ', MATOMO_SITE_ID: '' }, undefined],
    [
      { MATOMO_URL: 'https://stats.culture.example/matomo/', MATOMO_SITE_ID: '12' },
      {
        url: 'https://stats.culture.example/matomo',
        origin: 'https://stats.culture.example',
        siteId: '12',
      },
    ],
    [
      { MATOMO_URL: 'http://localhost:8080', MATOMO_SITE_ID: '1' },
      { url: 'http://localhost:8080', origin: 'http://localhost:8080', siteId: '1' },
    ],
  ])('reads %j', (env, expected) => {
    expect(matomoConfig(env)).toEqual(expected)
  })

  it.each([
    [{ MATOMO_URL: 'https://stats.example' }, 'Set both MATOMO_URL and MATOMO_SITE_ID'],
    [{ MATOMO_SITE_ID: '3' }, 'Set both MATOMO_URL and MATOMO_SITE_ID'],
    [
      { MATOMO_URL: 'stats.example', MATOMO_SITE_ID: '3' },
      'Invalid MATOMO_URL: stats.example is not a URL',
    ],
    [{ MATOMO_URL: 'http://stats.example', MATOMO_SITE_ID: '3' }, 'must use https'],
    [
      { MATOMO_URL: 'https://stats.example', MATOMO_SITE_ID: 'trois' },
      'Invalid MATOMO_SITE_ID: trois',
    ],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => matomoConfig(env)).toThrow(message)
  })
})

describe('the Content-Security-Policy', () => {
  it('allows this site only by default', () => {
    expect(contentSecurityPolicy()).toContain("connect-src 'self';")
  })

  it('adds the Matomo origin to connect-src only', () => {
    const csp = contentSecurityPolicy({ matomo: 'https://stats.culture.example' })
    expect(csp.match(/https:\/\/stats\.culture\.example/g)).toHaveLength(1)
    expect(csp).toContain("connect-src 'self' https://stats.culture.example;")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(csp).not.toContain('unsafe-inline')
  })

  it('adds the Supabase origin, where documents are uploaded, to connect-src', () => {
    expect(contentSecurityPolicy({ storage: 'https://abcd.supabase.co' })).toContain(
      "connect-src 'self' https://abcd.supabase.co;",
    )
  })

  it('lets the agents’ workspace alone show Storage’s documents (images and PDF frames)', () => {
    const origins = { storage: 'https://abcd.supabase.co' }
    expect(contentSecurityPolicy(origins)).toContain("img-src 'self' data:;")
    expect(contentSecurityPolicy(origins)).not.toContain('frame-src')
    const rules = headersFile(origins).split(/\n(?=\/)/)
    const workspace = rules.find((rule) => rule.startsWith('/espace-agent/*'))
    expect(workspace).toContain("img-src 'self' data: https://abcd.supabase.co;")
    expect(workspace).toContain("frame-src 'self' https://abcd.supabase.co;")
    expect(workspace).toContain("frame-ancestors 'none'")
  })

  it('lets only the embeddable form be framed, by a rule after the one for every page', () => {
    const rules = headersFile({}).split(/\n(?=\/)/)
    expect(rules[0]).toMatch(/^\/\*\n.*frame-ancestors 'none'/)
    expect(rules[1]).toMatch(/^\/embed\/\*\n.*frame-ancestors \*/)
  })
})
