import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { PagePass } from './page-pass.ts'
import { measurePages, overBudget, weightTable } from './page-weight.ts'

/**
 * After the build: prints what each page weighs (its HTML measured by the page pass as it was
 * rendered, the stylesheets and scripts after the unused-CSS pass) and fails the build over
 * budget (the build benchmark's synthetic sites too: a page the navigation makes too heavy
 * fails it).
 */
export function pageBudgets(pass: PagePass): AstroIntegration {
  return {
    name: 'dedale:budgets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const weights = await measurePages(fileURLToPath(dir), (await pass.rendered()).pages)
        logger.info(`\n${weightTable(weights)}`)
        const problems = overBudget(weights)
        if (problems.length === 0) return
        throw new Error(`Page budgets exceeded:\n${problems.join('\n')}`)
      },
    },
  }
}
