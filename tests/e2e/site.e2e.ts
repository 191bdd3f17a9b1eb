import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { baseUrl, useChromium } from './support/browser.ts'

const chromium = useChromium()
let page: Page
beforeEach(async () => {
  page = await chromium.page()
})

describe('the site in a browser', () => {
  it('loads the home page with its heading and the DSFR script running', async () => {
    await page.goto(`${baseUrl}/`)
    expect(await page.title()).toContain('Dédale')
    expect(await page.locator('h1').textContent()).toBe('Vos travaux dans un espace protégé')
    // The DSFR script marks the document once its components are started.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-fr-js'))
  })

  it('finds pages through the header search (Pagefind)', async () => {
    await page.goto(`${baseUrl}/`)
    await page.getByLabel('Rechercher sur le site').fill('défenseur des droits')
    await page.getByLabel('Rechercher sur le site').press('Enter')
    await page.waitForURL(/\/recherche\/\?q=/)
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ résultats? pour « défenseur des droits »/)
    const links = await page
      .locator('#recherche-resultats a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toContain('/accessibilite/')
  })

  it('follows the tracking link to the request’s status and steps', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    // Sent through the API: the form itself is tested in consultation-form.e2e.ts.
    const response = await page.request.post(`${baseUrl}/api/consultations`, {
      data: validConsultation({ email: 'dominique.bernard@example.fr' }),
    })
    const { reference, trackingUrl } = (await response.json()) as {
      reference: string
      trackingUrl: string
    }
    await page.goto(trackingUrl)
    const region = page.locator('#suivi')
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toContain(reference)
    expect(await region.textContent()).toContain('Reçue par l’UDAP')
    expect(await region.textContent()).toContain('UDAP du Rhône')
  })
})
