import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { baseUrl, type Chromium } from './browser.ts'

/** WCAG 2.0, 2.1 and 2.2, A and AA, and axe's best practices. */
export const everyRule = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** WCAG 2.1 A and AA only. */
export const wcag21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** axe's violations on the page as it is now, one text each: rule, help and the nodes. */
export async function axeViolations(page: Page, tags = everyRule): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  )
}

/**
 * `path` in a page of its own (axe needs one) in `theme`, set on <html> as the DSFR's display
 * settings set it (dark is checked as people see it), once `ready` holds in the page.
 */
export async function openInTheme(
  chromium: Chromium,
  path: string,
  theme: 'light' | 'dark',
  ready: () => boolean,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await chromium.page({ ...options, colorScheme: theme })
  await page.goto(`${baseUrl}${path}`)
  await page.evaluate(
    (value) => document.documentElement.setAttribute('data-fr-theme', value),
    theme,
  )
  await page.waitForFunction(ready, null, { timeout: 60_000 })
  return page
}
