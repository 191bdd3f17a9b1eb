import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { build } from 'esbuild'
import {
  type BarLink,
  contentSearchId,
  mainContentId,
  navigationBarId,
  navigationLinks,
  screenHeadingId,
  skipLinkId,
} from '../cms/admin-chrome.ts'
import { adminTitle } from '../cms/admin-title.ts'
import { collectionLabels } from '../cms/collections.ts'
import { cmsConfig, cmsRepository } from '../cms/config.ts'
import { patchDecapBundle } from '../cms/decap-bundle-patches.ts'
import { targetDrawnByScript } from './link-check.ts'

const require = createRequire(import.meta.url)
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'))
const dsfrDist = join(dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist')

const barLink = ({ text, href, screen }: BarLink) =>
  `<li><a href="${href}"${screen ? ` ${targetDrawnByScript}` : ''}>${text}</a></li>`

/** Shown once the user is signed in; the links lead to screens Decap draws (not checked as files). */
const navigationBar = `<div id="${navigationBarId}" class="dedale-bar" hidden>
<nav aria-label="Gestion des contenus">
<ul>
${navigationLinks(collectionLabels).map(barLink).join('\n')}
</ul>
</nav>
<form id="${contentSearchId}" class="dedale-search" role="search">
<label for="${contentSearchId}-termes" class="fr-sr-only">Rechercher dans les contenus</label>
<input id="${contentSearchId}-termes" name="q" type="search" autocomplete="off">
<button type="submit">Rechercher</button>
</form>
</div>`

/**
 * The CMS page: Decap's bundle, then the site's additions, and the stylesheet that corrects
 * Decap's contrasts, focus and narrow layout. No inline code (the CSP forbids it). The skip link,
 * the navigation bar and the screen's heading come before the #nc-root that Decap appends to
 * <body>, out of React's reach (src/cms/admin-chrome.ts).
 */
export const adminPage = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${adminTitle}</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<a id="${skipLinkId}" class="dedale-skiplink" href="#${mainContentId}" ${targetDrawnByScript}>Aller au contenu</a>
${navigationBar}
<h1 id="${screenHeadingId}" class="fr-sr-only">${adminTitle}</h1>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/admin.js"></script>
</body>
</html>
`

const previewCss = `/* The preview pane of the CMS: the page on a white background, as on the site. */
body { background: var(--background-default-grey, #fff); padding: 0 1rem; }
`

/**
 * Writes the CMS into dist/admin/ after the build: Decap CMS copied from node_modules (no CDN),
 * its bundle patched where its markup is invalid (src/cms/decap-bundle-patches.ts), src/cms/admin.ts
 * bundled, the configuration generated from the zod schemas, and the DSFR's CSS for the previews.
 * Nothing of it is loaded by the site's pages.
 */
export function cmsAdmin(): AstroIntegration {
  // Bundled while Astro builds the pages (esbuild's own process takes the idle core), written after.
  let bundling: Promise<Uint8Array> | undefined
  return {
    name: 'dedale:cms-admin',
    hooks: {
      'astro:build:start': () => {
        bundling = bundleAdmin()
        bundling.catch(() => {})
      },
      'astro:build:done': async ({ dir, logger }) => {
        const admin = join(fileURLToPath(dir), 'admin')
        await mkdir(join(admin, 'dsfr'), { recursive: true })
        const decapFiles = (await readdir(decapDist)).filter((file) =>
          /(^|\.)decap-cms\.js$|\.wasm$/.test(file),
        )
        for (const file of decapFiles)
          if (file === 'decap-cms.js') {
            const bundle = await readFile(join(decapDist, file), 'utf8')
            await writeFile(join(admin, file), patchDecapBundle(bundle))
          } else await cp(join(decapDist, file), join(admin, file))
        await cp(join(dsfrDist, 'dsfr.min.css'), join(admin, 'dsfr', 'dsfr.min.css'))
        await cp(join(dsfrDist, 'fonts'), join(admin, 'dsfr', 'fonts'), { recursive: true })
        await cp(join(dsfrDist, 'icons', 'system'), join(admin, 'dsfr', 'icons', 'system'), {
          recursive: true,
        })
        await writeFile(join(admin, 'admin.js'), await (bundling ?? bundleAdmin()))
        const siteUrl = process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:8888'
        const repository = cmsRepository(process.env)
        if (!repository)
          logger.warn(
            'CMS: no repository (CMS_REPOSITORY or REPOSITORY_URL): /admin/ cannot sign in',
          )
        const config = cmsConfig({ repository: repository ?? 'non-configure/dedale', siteUrl })
        // JSON is YAML: Decap reads config.yml.
        await writeFile(join(admin, 'config.yml'), `${JSON.stringify(config, null, 2)}\n`)
        await writeFile(join(admin, 'index.html'), adminPage)
        await writeFile(join(admin, 'preview.css'), previewCss)
        await cp(
          fileURLToPath(new URL('../cms/admin.css', import.meta.url)),
          join(admin, 'admin.css'),
        )
        logger.info(`CMS written to admin/ (${decapFiles.length} Decap files)`)
      },
    },
  }
}

/** src/cms/admin.ts and what it imports, as one minified script. */
async function bundleAdmin(): Promise<Uint8Array> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../cms/admin.ts', import.meta.url))],
    outfile: 'admin.js',
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  })
  const [script] = outputFiles
  if (!script) throw new Error('CMS: esbuild wrote no admin.js')
  return script.contents
}
