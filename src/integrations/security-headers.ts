import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { matomoConfig } from '../domain/analytics-config.ts'

/**
 * The pages' Content-Security-Policy. Strict: scripts and styles from this site only (no inline
 * code); 'wasm-unsafe-eval' for Pagefind's WebAssembly; data: images for the DSFR's CSS icons.
 * The Matomo origin, when the site is built with one, is the only other origin, for connect-src.
 */
export function contentSecurityPolicy(matomoOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${matomoOrigin ? ` ${matomoOrigin}` : ''}`,
    "form-action 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}

/**
 * Writes dist/_headers with the CSP, because it depends on MATOMO_URL, known at build time only.
 * It cannot stay in netlify.toml: for the same path and header, netlify.toml wins over _headers.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'dedale:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const matomo = matomoConfig(process.env)
        await writeFile(
          join(fileURLToPath(dir), '_headers'),
          `/*\n  Content-Security-Policy: ${contentSecurityPolicy(matomo?.origin)}\n`,
        )
      },
    },
  }
}
