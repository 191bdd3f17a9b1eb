// @ts-check
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { pagefindIndex } from './src/integrations/pagefind.ts'

// SITE_URL names the public address (canonical links, sitemap); Netlify sets URL on its builds.
const site = process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:8888'

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No inline script or data: asset, so the CSP can stay strict (script-src 'self').
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefindIndex()],
})
