import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './support/browser.ts'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
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

  it('shows the errors of an empty form, summed up and tied to their fields', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.locator('a').count()).toBe(11)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('demande-resultat')
    expect(await page.getByLabel('Adresse e-mail').getAttribute('aria-invalid')).toBe('true')
  })

  it('submits the minimal form and shows the reference', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    // DSFR radios and checkboxes are styled labels: people click the label.
    await page.getByText('Un particulier').click()
    await page.getByLabel('Prénom').fill('Camille')
    await page.getByLabel('Nom', { exact: true }).fill('Martin')
    await page.getByLabel('Adresse e-mail').fill('camille.martin@example.fr')
    await page.getByLabel('Adresse du projet').fill('12 rue Saint-Jean')
    await page.getByLabel('Code postal').fill('69005')
    await page.getByLabel('Commune').fill('Lyon')
    await page
      .getByLabel('Description du projet')
      .fill('Remplacement des fenêtres en bois de la façade sur rue.')
    await page.getByText('Fenêtres, portes, volets').click()
    await page.getByText('J’ai une esquisse ou des premiers plans').click()
    await page.getByText('Une réponse écrite').click()
    await page.getByLabel('Protection connue').selectOption('spr')
    await page.getByText('J’accepte que l’UDAP utilise').click()
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/Sa référence est 69-\d{4}-\d{5}\./)
  })

  it('follows the tracking link to the request’s status and steps', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    // The previous test left a successful submission; submit a new one through the API instead.
    const response = await page.request.post(`${baseUrl}/api/consultations`, {
      data: {
        applicantKind: 'professionnel',
        firstName: 'Dominique',
        lastName: 'Bernard',
        email: 'dominique.bernard@example.fr',
        address: '3 place Bellecour',
        postcode: '69002',
        commune: 'Lyon',
        worksTypes: ['devanture_enseigne'],
        description: 'Nouvelle enseigne en lettres découpées sur la devanture.',
        projectStage: 'esquisse',
        consent: true,
      },
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

  it('sends the form without JavaScript and lands on the tracking page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${baseUrl}/demander-un-conseil/`)
    await plain.getByText('Un particulier').click()
    await plain.getByLabel('Prénom').fill('Sans')
    await plain.getByLabel('Nom', { exact: true }).fill('Script')
    await plain.getByLabel('Adresse e-mail').fill('sans.script@example.fr')
    await plain.getByLabel('Adresse du projet').fill('4 rue Juiverie')
    await plain.getByLabel('Code postal').fill('69005')
    await plain.getByLabel('Commune').fill('Lyon')
    await plain.getByLabel('Description du projet').fill('Réfection de la toiture en tuiles canal.')
    await plain.getByText('Toiture, couverture').click()
    await plain.getByText('Je réfléchis à un projet').click()
    await plain.getByText('Une réponse écrite').click()
    await plain.getByText('J’accepte que l’UDAP utilise').click()
    await plain.getByRole('button', { name: 'Envoyer ma demande' }).click()
    await plain.waitForURL(/\/suivi\/\?envoyee=1#[\w-]{43}$/)
    await context.close()
  })
})
