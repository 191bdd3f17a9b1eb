import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { AstroIntegration } from 'astro'
import { bootstrapFile, listMigrations, migrate, seedFile } from '../../scripts/database/migrate.ts'
import { pgliteRunner } from '../../scripts/database/sql-runner.ts'
import type { StatisticsSnapshot } from '../domain/public-statistics.ts'
import { statisticsSnapshot } from '../server/statistics/statistics-snapshot.ts'
import { virtualModule } from './virtual-module.ts'

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

const demoCache = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'dedale',
  'statistics-demo.json',
)

/**
 * The demo figures, kept for the day in node_modules/.cache/: they only change with the
 * migrations, the seed or the date (the seed's requests are dated from today), and a throwaway
 * database with every migration cost each build about 6 s of CPU (bench:build, 100 pages).
 */
async function cachedDemoFigures(): Promise<unknown> {
  const hash = createHash('sha256')
  for (const file of [bootstrapFile, ...(await listMigrations()).map((m) => m.file), seedFile])
    hash.update(await readFile(file))
  hash.update(new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(new Date()))
  const key = hash.digest('hex')
  const cached = await readFile(demoCache, 'utf8').then(
    (text) => JSON.parse(text) as { key: string; figures: unknown },
    () => undefined,
  )
  if (cached?.key === key) return cached.figures
  const figures = await demoFigures()
  // Written beside, then renamed: worktrees share node_modules' files through hard links.
  await mkdir(dirname(demoCache), { recursive: true })
  await writeFile(`${demoCache}.${process.pid}`, JSON.stringify({ key, figures }))
  await rename(`${demoCache}.${process.pid}`, demoCache)
  return figures
}

/**
 * The /stats/ page's figures, computed once per build and given to the page as the module
 * `virtual:dedale/statistics`; the same snapshot is written to /stats/chiffres.json.
 */
export function statisticsSnapshotIntegration(): AstroIntegration {
  let snapshot: Promise<StatisticsSnapshot> | undefined
  const load = () => {
    snapshot ??= statisticsSnapshot(process.env, cachedDemoFigures)
    return snapshot
  }
  return {
    name: 'dedale:statistics-snapshot',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [virtualModule(moduleId, load)] },
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
