// axe on every page of the sitemap (and the pages kept out of it), light and dark, phone and
// desktop, WCAG 2.0/2.1/2.2 A and AA plus best practices (in the dark theme, the colour rules: it
// changes nothing else). Any violation fails with its page, rule and nodes.
import { describe, expect, it } from 'vitest'
import { axeInEveryDisplay, axeViolations, openInTheme, widths } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'

// The emulator's first answers are slow: one page loaded before the clock of the walk starts.
const chromium = useChromium({ warmUp: ['/'] })

/** The sitemap's pages, on the local server, plus those deliberately left out of it. */
async function pagesToCheck(): Promise<string[]> {
  const index = await (await fetch(`${baseUrl}/sitemap-index.xml`)).text()
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  )
  const paths: string[] = []
  for (const sitemap of sitemaps) {
    const xml = await (await fetch(`${baseUrl}${sitemap}`)).text()
    paths.push(
      ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
    )
  }
  return [
    ...paths,
    '/recherche/?q=conseil',
    '/suivi/#jeton-inconnu',
    '/page-qui-n-existe-pas/',
    // The questionnaire's result state, built in the browser from its query string.
    '/quelle-demarche/?protection=abords_mh&abords=inconnu&travaux=demolition&travaux=devanture_enseigne&entretien=inconnu&erp=inconnu',
    '/demander-un-conseil/confirmation/#jeton-inconnu',
    '/embed/demander-un-conseil/',
    '/embed/demander-un-conseil/confirmation/#jeton-inconnu',
  ]
}

/** Pages that load content (search results, a tracking page) are checked once it is shown. */
const contentShown = () =>
  !document.querySelector('#suivi')?.textContent?.includes('Chargement') &&
  !document.querySelector('#recherche-statut')?.textContent?.includes('en cours') &&
  !(location.search.includes('travaux=') && !document.querySelector('#resultat-titre'))

describe('accessibility (axe)', () => {
  it('finds nothing on any page, in either theme, at phone and desktop widths', async () => {
    const paths = await pagesToCheck()
    expect(paths.length).toBeGreaterThan(5)
    expect(await axeInEveryDisplay(chromium, paths, contentShown)).toEqual([])
    // About 15 minutes on this 2-core machine (907 s in the clean-clone CI of 2026-11-30): twice
    // that before a slow machine fails a walk that finds nothing.
  }, 1_800_000)

  it('finds nothing on the form once it shows its errors', async () => {
    const page = await openInTheme(chromium, '/demander-un-conseil/', 'light', contentShown, {
      viewport: widths.desktop,
    })
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.locator('[data-error-summary] .fr-alert').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})
