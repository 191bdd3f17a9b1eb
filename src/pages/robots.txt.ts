import type { APIRoute } from 'astro'

// Everything may be crawled; personal pages carry their own "noindex". The sitemap's address
// follows the configured site (SITE_URL).
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
