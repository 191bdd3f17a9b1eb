import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { AstroIntegration } from 'astro'
import { migrate, seedFile } from '../../scripts/database/migrate.ts'
import { pgliteRunner } from '../../scripts/database/sql-runner.ts'
import type { StatisticsSnapshot } from '../domain/public-statistics.ts'
import { statisticsSnapshot } from '../server/statistics/statistics-snapshot.ts'

const moduleId = 'virtual:dedale/statistics'

/** No store configured: the figures of the demo seed, in a database that lives for one query. */
async function demoFigures(): Promise<unknown> {
  const db = await PGlite.create()
  try {
    await migrate(pgliteRunner(db))
    await db.exec(await readFile(seedFile, 'utf8'))
    const [row] = (
      await db.query<{ figures: unknown }>('select public.public_statistics() as figures')
    ).rows
    return row?.figures
  } finally {
    await db.close()
  }
}

/**
 * The /stats/ page's figures, computed once per build and given to the page as the module
 * `virtual:dedale/statistics`; the same snapshot is written to /stats/chiffres.json.
 */
export function statisticsSnapshotIntegration(): AstroIntegration {
  let snapshot: Promise<StatisticsSnapshot> | undefined
  const load = () => {
    snapshot ??= statisticsSnapshot(process.env, demoFigures)
    return snapshot
  }
  return {
    name: 'dedale:statistics-snapshot',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dedale:statistics-snapshot',
                resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
                load: async (id: string) =>
                  id === `\0${moduleId}`
                    ? `export default ${JSON.stringify(await load())}`
                    : undefined,
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await load()
        const outDir = join(fileURLToPath(dir), 'stats')
        await mkdir(outDir, { recursive: true })
        await writeFile(join(outDir, 'chiffres.json'), JSON.stringify(result))
        if (result.available)
          logger.info(`Figures of /stats/ ${result.figures.demo ? '(demo data) ' : ''}written.`)
        else logger.warn(`Figures of /stats/ unavailable: ${result.reason}`)
      },
    },
  }
}
