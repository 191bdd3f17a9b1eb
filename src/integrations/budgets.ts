import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { inWorker } from './in-worker.ts'
import { overBudget, type PageWeight, weightTable } from './page-weight.ts'

/**
 * After the build: prints what each page weighs and fails the build over budget (the build
 * benchmark's synthetic sites too: a page the navigation makes too heavy fails it).
 */
export function pageBudgets(): AstroIntegration {
  return {
    name: 'dedale:budgets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const weights = await inWorker<PageWeight[]>(
          new URL('./page-weight.ts', import.meta.url),
          'measureSite',
          [fileURLToPath(dir)],
        )
        logger.info(`\n${weightTable(weights)}`)
        const problems = overBudget(weights)
        if (problems.length === 0) return
        throw new Error(`Page budgets exceeded:\n${problems.join('\n')}`)
      },
    },
  }
}
