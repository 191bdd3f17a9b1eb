import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/** Indexes the built site with Pagefind's Node API; any error fails the build (no silent empty index). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dedale:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex({})
        try {
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
          if (added.page_count === 0)
            throw new Error('Pagefind: no page indexed — is data-pagefind-body missing?')
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          logger.info(`Pagefind indexed ${added.page_count} pages.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
