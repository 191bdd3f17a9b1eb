import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { matomoConfig } from '../domain/analytics-config.ts'

export interface PolicyOrigins {
  /** Matomo, when the site is built with it: page views and events are sent there. */
  matomo?: string | undefined
  /** Supabase, when requests are stored there: documents are uploaded to its Storage. */
  storage?: string | undefined
}

/**
 * The pages' Content-Security-Policy. Strict: scripts and styles from this site only (no inline
 * code); 'wasm-unsafe-eval' for Pagefind's WebAssembly; data: images for the DSFR's CSS icons.
 * Only the configured Matomo and Supabase origins are added, to connect-src. Only the embeddable
 * form may be framed, by any site (`frameable`); every other page by none. The agents' workspace
 * (`showsDocuments`) previews the requests' images and PDFs, read through short-lived links
 * Supabase Storage signs: its origin is added to img-src and frame-src there, and only there.
 */
export function contentSecurityPolicy(
  origins: PolicyOrigins = {},
  frameable = false,
  showsDocuments = false,
): string {
  const connect = ["'self'", origins.matomo, origins.storage].filter(Boolean).join(' ')
  const documents = showsDocuments && origins.storage ? ` ${origins.storage}` : ''
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src 'self' data:${documents}`,
    ...(showsDocuments ? [`frame-src 'self'${documents}`] : []),
    "font-src 'self'",
    `connect-src ${connect}`,
    "form-action 'self'",
    "base-uri 'self'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
    "object-src 'none'",
  ].join('; ')
}

/**
 * The CMS's policy (/admin/, src/integrations/cms-admin.ts), looser than the site's because Decap
 * CMS needs it: inline styles (its CSS-in-JS), eval (its configuration validator), blob: and
 * data: images (previews of uploads), GitHub's API and avatars, and Netlify's OAuth sign-in window.
 * It applies to /admin/ only; no page of the site loads the CMS.
 */
export function adminContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    "connect-src 'self' https://api.github.com",
    "frame-src 'self' blob:",
    "form-action 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** dist/_headers: the embed, workspace and admin rules come after "/*" so that their policy replaces that one. */
export function headersFile(origins: PolicyOrigins): string {
  return [
    `/*\n  Content-Security-Policy: ${contentSecurityPolicy(origins)}`,
    `/embed/*\n  Content-Security-Policy: ${contentSecurityPolicy(origins, true)}`,
    // The workspace measures nothing (AgentLayout): no Matomo there.
    `/espace-agent/*\n  Content-Security-Policy: ${contentSecurityPolicy({ storage: origins.storage }, false, true)}`,
    `/admin/*\n  Content-Security-Policy: ${adminContentSecurityPolicy()}`,
  ].join('\n')
}

/**
 * Writes dist/_headers with the CSP, because it depends on MATOMO_URL and SUPABASE_URL, known at
 * build time only. It cannot stay in netlify.toml: for the same path and header, netlify.toml wins.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'dedale:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const supabaseUrl = process.env.SUPABASE_URL
        const origins = {
          matomo: matomoConfig(process.env)?.origin,
          storage: supabaseUrl ? new URL(supabaseUrl).origin : undefined,
        }
        await writeFile(join(fileURLToPath(dir), '_headers'), `${headersFile(origins)}\n`)
      },
    },
  }
}
