/** Matomo, read at build time (the site is static): both variables, or neither (no analytics). */
export interface MatomoConfig {
  /** Base URL of the Matomo server, without a trailing slash. */
  url: string
  /** Its origin, the only one the CSP adds (connect-src). */
  origin: string
  siteId: string
}

export function matomoConfig(env: Record<string, string | undefined>): MatomoConfig | undefined {
  const url = env.MATOMO_URL?.trim() || undefined
  const siteId = env.MATOMO_SITE_ID?.trim() || undefined
  if (!url && !siteId) return undefined
  if (!url || !siteId)
    throw new Error('Set both MATOMO_URL and MATOMO_SITE_ID, or neither (no analytics).')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`Invalid MATOMO_URL: ${url} is not a URL.`)
  }
  if (parsed.protocol !== 'https:' && parsed.hostname !== 'localhost')
    throw new Error(`Invalid MATOMO_URL: ${url} must use https.`)
  if (!/^\d{1,6}$/.test(siteId))
    throw new Error(`Invalid MATOMO_SITE_ID: ${siteId} must be a number.`)
  return {
    url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`,
    origin: parsed.origin,
    siteId,
  }
}
