import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { baseUrl, type Chromium } from './browser.ts'

/** WCAG 2.0, 2.1 and 2.2, A and AA, and axe's best practices. */
export const everyRule = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** WCAG 2.1 A and AA only. */
export const wcag21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Which of axe's rules run: those of some tags, or some rules by name. */
export type AxeSelection = { tags: string[] } | { rules: string[] }

/** axe's violations on the page as it is now, one text each: rule, help and the nodes. */
export async function axeViolations(
  page: Page,
  selection: AxeSelection = { tags: everyRule },
): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const results = await ('rules' in selection
    ? builder.withRules(selection.rules)
    : builder.withTags(selection.tags)
  ).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  )
}

/** The widths every page is checked at: a phone's and a desktop's. */
export const widths = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const

/**
 * The rules the dark theme can change: the DSFR's dark theme swaps colours (its custom
 * properties) and nothing else, so the rest of axe's results are those of the light theme.
 */
const colourRules = ['color-contrast', 'link-in-text-block']

/**
 * axe on each of `paths` at a phone's and a desktop's width, in the light theme (every rule of
 * `tags`), then switched to dark in the same page (the colour rules): one line per violation,
 * "path [width, theme] rule…". Two pages are checked at a time (the machine's two cores: one
 * page's axe runs while the other loads). `ready` must hold in the page before axe runs.
 */
export async function axeInEveryDisplay(
  chromium: Chromium,
  paths: string[],
  ready: () => boolean,
  options: BrowserContextOptions = {},
  tags = everyRule,
): Promise<string[]> {
  const reports: string[][] = paths.map(() => [])
  let next = 0
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      const path = paths[index] ?? ''
      for (const [name, viewport] of Object.entries(widths)) {
        const page = await openInTheme(chromium, path, 'light', ready, { ...options, viewport })
        for (const found of await axeViolations(page, { tags }))
          reports[index]?.push(`${path} [${name}, light] ${found}`)
        // Pages without the DSFR's display settings (the embedded form) have one theme only.
        if (await hasDisplaySettings(page)) {
          const lightText = await textColour(page)
          await switchTheme(page, 'dark')
          if ((await textColour(page)) === lightText)
            throw new Error(`${path}: the dark theme did not apply`)
          for (const found of await axeViolations(page, { rules: colourRules }))
            reports[index]?.push(`${path} [${name}, dark] ${found}`)
        }
        await page.context().close()
      }
    }
  }
  await Promise.all([worker(), worker()])
  return reports.flat()
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
  await switchTheme(page, theme)
  await page.waitForFunction(ready, null, { timeout: 60_000 })
  return page
}

/**
 * The page in `theme` as the DSFR's display settings put it (the system's scheme and the
 * attribute on <html>), once the colours' transitions have ended (axe reads the final colours).
 */
async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme })
  await page.evaluate(
    (value) => document.documentElement.setAttribute('data-fr-theme', value),
    theme,
  )
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  )
}

/** The DSFR's default text colour, which each theme sets (the embedded form's page has no background). */
const textColour = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--text-default-grey'),
  )

/** Whether the page offers the DSFR's display settings (light, dark or system): data-fr-scheme. */
const hasDisplaySettings = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-fr-scheme'))
