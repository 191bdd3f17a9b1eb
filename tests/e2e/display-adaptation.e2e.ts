// What axe cannot check, on the audit sample (docs/accessibilite/grille-rgaa.json): reflow at
// 320 px (RGAA 10.11), text at 200 % (10.4), WCAG 1.4.12 text spacing (10.12), target sizes
// (WCAG 2.5.8) and a visible focus on every element the Tab key reaches (10.7, 12.9). One
// browser; each page is loaded once per width and measured in every way there.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilitySummary } from '../../src/data/accessibility-audit.ts'
import { baseUrl, useChromium } from './support/browser.ts'
import {
  clippedText,
  focusWalk,
  horizontalOverflow,
  smallTargets,
  textSpacing,
} from './support/display-measures.ts'

// The agents' workspace needs a session: tests/e2e/agent-display.e2e.ts measures it.
const samplePaths = [
  ...accessibilitySummary.evaluatedPages
    .map((page) => page.url)
    .filter((url) => !url.startsWith('/espace-agent/')),
  '/quelle-demarche/?protection=abords_mh&abords=inconnu&travaux=demolition&travaux=devanture_enseigne&entretien=inconnu&erp=inconnu',
]

// The first pages of a fresh server are slow (functions bundled, assets read): warmed up first.
const chromium = useChromium({ warmUp: ['/'], timeout: 120_000 })

/** One page per width, reused from path to path: the browser's cache is shared. */
const pageAt = (width: number): Promise<Page> =>
  chromium.page({
    viewport: { width, height: 800 },
    reducedMotion: 'reduce',
    // The strict CSP would refuse the style sheets injected for 200 % text and text spacing.
    bypassCSP: true,
  })

async function visit(page: Page, path: string): Promise<void> {
  console.info(`display adaptation: ${path} at ${page.viewportSize()?.width} px`)
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
  // Content drawn by scripts (results, tracking state) is measured once shown.
  await page.waitForFunction(
    () =>
      document.readyState === 'complete' &&
      !document.querySelector('#recherche-statut')?.textContent?.includes('en cours') &&
      !document.querySelector('#suivi')?.textContent?.includes('Chargement') &&
      !(location.search.includes('travaux=') && !document.querySelector('#resultat-titre')),
  )
}

describe('display adaptation on the audit sample', { timeout: 900_000 }, () => {
  it('reflows at 320 px, with WCAG text spacing and targets of 24 px or spaced', async () => {
    const report: string[] = []
    const page = await pageAt(320)
    for (const path of samplePaths) {
      await visit(page, path)
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) report.push(`${path}: scrolls ${overflow} px sideways at 320 px`)
      for (const target of await smallTargets(page)) report.push(`${path}: small target ${target}`)
      await page.addStyleTag({ content: textSpacing })
      for (const cut of await clippedText(page)) report.push(`${path}: spaced text cut in ${cut}`)
    }
    await page.context().close()
    expect(report).toEqual([])
  })

  it('shows the focus on every element the Tab key reaches, and reads at 200 % zoom', async () => {
    const report: string[] = []
    const page = await pageAt(1280)
    for (const path of samplePaths) {
      await page.setViewportSize({ width: 1280, height: 800 })
      await visit(page, path)
      for (const problem of await focusWalk(page)) report.push(`${path}: ${problem}`)
      // A 1280 × 800 window zoomed to 200 % lays the page out in 640 × 400 CSS pixels.
      await page.setViewportSize({ width: 640, height: 400 })
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) report.push(`${path}: scrolls ${overflow} px sideways at 200 %`)
      for (const cut of await clippedText(page)) report.push(`${path}: text cut at 200 % in ${cut}`)
    }
    await page.context().close()
    expect(report).toEqual([])
  })
})
