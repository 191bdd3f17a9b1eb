// @ts-check
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { pageBudgets } from './src/integrations/budgets.ts'
import { withBuildTimings } from './src/integrations/build-timings.ts'
import { cmsAdmin } from './src/integrations/cms-admin.ts'
import { contentCheck } from './src/integrations/content-check.ts'
import { pagefindIndex } from './src/integrations/pagefind.ts'
import { securityHeaders } from './src/integrations/security-headers.ts'
import { statisticsSnapshotIntegration } from './src/integrations/statistics-snapshot.ts'
import { udapContactsSnapshotIntegration } from './src/integrations/udap-contacts-snapshot.ts'
import { unusedUtilityCss } from './src/integrations/unused-utility-css.ts'

// SITE_URL names the public address (canonical links, sitemap); Netlify sets URL on its builds.
const site = process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:8888'

// Pages that are not for search engines: the error page and the personal tracking page.
const unlisted = new Set(['/404/', '/suivi/'])
// The form's confirmation (personal) and the embeddable form (for partners' frames).
for (const page of [
  '/demander-un-conseil/confirmation/',
  '/embed/demander-un-conseil/',
  '/embed/demander-un-conseil/confirmation/',
])
  unlisted.add(page)
// The agents' workspace (/espace-agent/…): personal and behind a sign-in.
/** @param {string} path */
const isUnlisted = (path) => unlisted.has(path) || path.startsWith('/espace-agent/')

// The build benchmark's synthetic content (DEDALE_CONTENT_DIR) keeps its own content cache:
// sharing the site's would mix the real pages' entries into the synthetic build.
const benchContent = process.env.DEDALE_CONTENT_DIR

// Pagefind indexes in its own process while the integrations between its start and finish run.
const search = pagefindIndex()

export default defineConfig({
  site,
  ...(benchContent ? { cacheDir: `${benchContent}/../astro-cache` } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // No inline script or data: asset, so the CSP can stay strict (script-src 'self').
      assetsInlineLimit: 0,
      // Every MDX module starts with Astro's "use astro:head-inject", which Astro reads before
      // bundling: Rolldown's warning that it drops it, once per page with a code frame, buried
      // the build's real warnings (10,000 of them for 10,000 pages).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
    // npm run dev: the functions run behind Netlify's emulator (scripts/dev.ts).
    server: process.env.DEDALE_FUNCTIONS_URL
      ? { proxy: { '/api': process.env.DEDALE_FUNCTIONS_URL } }
      : {},
  },
  integrations: withBuildTimings([
    contentCheck(),
    mdx(),
    statisticsSnapshotIntegration(),
    udapContactsSnapshotIntegration(),
    securityHeaders(),
    sitemap({ filter: (page) => !isUnlisted(new URL(page).pathname) }),
    search.start,
    unusedUtilityCss(),
    pageBudgets(),
    cmsAdmin(),
    search.finish,
  ]),
})
