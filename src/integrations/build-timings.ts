import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'

type Hooks = AstroIntegration['hooks']

/**
 * DEDALE_BUILD_TIMINGS=<file>: times each integration's after-build work (Pagefind, the sitemap,
 * the budgets…) and writes the seconds to <file> as JSON, for the build benchmark to print each
 * one's share. Without it, the integrations are returned untouched.
 */
export function withBuildTimings(integrations: AstroIntegration[]): AstroIntegration[] {
  const file = process.env.DEDALE_BUILD_TIMINGS
  if (!file) return integrations
  const seconds: Record<string, number> = {}
  const timed = integrations.map((integration): AstroIntegration => {
    const done = integration.hooks['astro:build:done']
    if (!done) return integration
    const hooks: Hooks = {
      ...integration.hooks,
      'astro:build:done': async (options) => {
        const start = performance.now()
        await done(options)
        seconds[integration.name] = (performance.now() - start) / 1000
      },
    }
    return { ...integration, hooks }
  })
  const recorder: AstroIntegration = {
    name: 'dedale:build-timings',
    hooks: {
      'astro:build:done': async () => {
        await writeFile(file, JSON.stringify(seconds))
      },
    },
  }
  return [...timed, recorder]
}
