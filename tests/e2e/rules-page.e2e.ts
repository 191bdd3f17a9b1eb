// The public rules page in a real browser: it prints without the site's frame, and the
// questionnaire's result links to it. (axe checks it with every page of the sitemap, in
// accessibility.e2e.ts.)
import { describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'

const path = '/quelle-demarche/comment-nous-determinons/'
const chromium = useChromium()

describe(`the rules page ${path}`, () => {
  it('prints without the header, footer and table of contents', { timeout: 120_000 }, async () => {
    const page = await chromium.page()
    await page.goto(`${baseUrl}${path}`, { timeout: 90_000 })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('header.fr-header').isVisible()).toBe(false)
    expect(await page.locator('.rules-toc').isVisible()).toBe(false)
    expect(await page.getByRole('table').count()).toBeGreaterThan(10)
    await page.close()
  })

  it('is reached from a questionnaire result with a site inscrit declaration', async () => {
    const page = await chromium.page()
    await page.goto(
      `${baseUrl}/quelle-demarche/?protection=site_inscrit&travaux=piscine&surface_piscine=8&entretien=non`,
    )
    await page.locator('#resultat-titre').waitFor()
    await expect
      .poll(() => page.locator('#resultat').textContent())
      .toContain('Déclaration de travaux en site inscrit')
    await page.getByRole('link', { name: 'comment nous déterminons votre démarche' }).click()
    await page.waitForURL(`**${path}`)
    await page.close()
  })
})
