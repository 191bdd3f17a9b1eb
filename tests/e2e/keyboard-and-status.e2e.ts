// Behaviours axe cannot see (issue 20): where the focus goes after each action (RGAA 7.3), what
// the live regions say and in which order (7.5), the combobox's active option and pointer choice
// (10.7, 13.11), page titles of results (8.6), and Enter in a field of a multi-step form.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'
import { fillContact, fillProject, fillWorks, next } from './support/consultation-steps.ts'
import { focusedElement, liveMessages, recordLiveMessages } from './support/live-regions.ts'
import { samplePdf } from './support/sample-files.ts'

// The first pages of a fresh server are slow (functions bundled, assets read): warmed up first.
const chromium = useChromium({ warmUp: ['/demander-un-conseil/'] })
let page: Page

beforeEach(async () => {
  page = await chromium.page()
  await recordLiveMessages(page)
})

const focused = () => focusedElement(page)
const messages = () => liveMessages(page)

describe('the commune combobox', () => {
  it('shows the active option by its look, and chooses on click (release), not on press', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`, { waitUntil: 'domcontentloaded' })
    const commune = page.getByRole('combobox', { name: /Commune/ })
    await commune.pressSequentially('Lyo')
    await page.getByRole('option').first().waitFor()
    const look = (index: number) =>
      page
        .getByRole('option')
        .nth(index)
        .evaluate((option) => {
          const style = getComputedStyle(option)
          return `${style.backgroundColor} ${style.outlineStyle} ${style.fontWeight} ${style.paddingLeft}`
        })
    const idle = await look(0)
    await commune.press('ArrowDown')
    expect(await commune.getAttribute('aria-activedescendant')).toBeTruthy()
    expect(await look(0)).not.toBe(idle)
    expect(idle).not.toMatch(/ 0px$/)
    // A press alone chooses nothing; the release does.
    const option = page.getByRole('option', { name: /^Lyon \(/ })
    await option.hover()
    await page.mouse.down()
    expect(await commune.inputValue()).toBe('Lyo')
    await page.mouse.up()
    await expect.poll(() => commune.inputValue()).toMatch(/^Lyon/)
  }, 240_000)
})

describe('the consultation form', () => {
  it('answers Enter in a step-1 field with that step’s errors only, in the form’s order', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`, { waitUntil: 'domcontentloaded' })
    await page.getByLabel('Adresse du projet').press('Enter')
    const summary = page.locator('[data-error-summary] .fr-alert')
    await summary.first().waitFor()
    const links = await page.locator('[data-error-summary] a').allTextContents()
    expect(links.length).toBeGreaterThan(0)
    const targets = await page
      .locator('[data-error-summary] a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(targets[0]).toBe('#address')
    for (const target of targets)
      expect(['#address', '#postcode', '#commune', '#cadastralReference', '#protection']).toContain(
        target,
      )
    expect(await page.locator('#etapes-nom').textContent()).toBe('Votre projet')
  }, 240_000)

  it('announces each document’s outcome in order, then the final count, and stops saying “gardez cette page ouverte”', async () => {
    let failures = 1
    await page.route('**/api/uploads/**', (route) =>
      failures-- > 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(`${baseUrl}/demander-un-conseil/`, { waitUntil: 'domcontentloaded' })
    await fillProject(page)
    await next(page, 'Les travaux')
    await fillWorks(page)
    await next(page, 'Vos documents')
    await page.getByLabel(/Ajouter des photos ou des plans/).setInputFiles([
      { name: 'plan.pdf', mimeType: 'application/pdf', buffer: samplePdf() },
      { name: 'facade.pdf', mimeType: 'application/pdf', buffer: samplePdf('Façade') },
    ])
    await next(page, 'Vos coordonnées')
    await fillContact(page, 'statut.envoi@example.fr')
    await next(page, 'Vérification')
    await page.getByText('J’accepte que l’UDAP utilise').click()
    const send = page.getByRole('button', { name: 'Envoyer ma demande' })
    await send.focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('[data-upload-status]').textContent(), { timeout: 180_000 })
      .toMatch(/^Envoi terminé/)
    const said = await messages()
    const failure = said.findIndex((text) => text.startsWith('Échec de l’envoi de plan.pdf'))
    const outcome = said.findIndex((text) => text.startsWith('Envoi terminé'))
    expect(failure).toBeGreaterThanOrEqual(0)
    expect(said.indexOf('facade.pdf envoyé.')).toBeGreaterThan(failure)
    expect(said[outcome]).toBe(
      'Envoi terminé : 1 document envoyé, 1 document refusé (plan.pdf). Réessayez l’envoi ou terminez sans lui.',
    )
    // The failure is still in the region: not replaced by the next file's news.
    expect(await page.locator('#envoi-documents-annonce').textContent()).toContain(
      'Échec de l’envoi de plan.pdf',
    )
    expect(await page.locator('#envoi-documents').textContent()).not.toContain(
      'gardez cette page ouverte',
    )
    expect(await focused()).not.toBe('body')
    await page.getByRole('button', { name: 'Réessayer l’envoi de plan.pdf' }).click()
    await page.waitForURL(/\/confirmation\/#/, { timeout: 180_000 })
  }, 400_000)
})

describe('the questionnaire', () => {
  it('goes to question 2 on Space then Enter on a question-1 checkbox, focus on its heading', async () => {
    await page.goto(`${baseUrl}/quelle-demarche/`, { waitUntil: 'domcontentloaded' })
    await page.locator('#protection-spr').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('etape-travaux')
    expect(await page.locator('#etape-travaux').textContent()).toContain('Question 2 sur')
    expect(await page.locator('.fr-fieldset--error').count()).toBe(0)
    expect(new URL(page.url()).search).toBe('')
  }, 240_000)

  it('titles the result page as a result', async () => {
    await page.goto(
      `${baseUrl}/quelle-demarche/?protection=abords_mh&abords=inconnu&travaux=demolition&entretien=inconnu&erp=inconnu`,
    )
    await page.waitForSelector('#resultat-titre')
    expect(await page.title()).toMatch(/^Votre démarche : le résultat — /)
  }, 240_000)
})

describe('the search page', () => {
  it('titles the results with the query and count, and keeps the focus on a pressed filter', async () => {
    await page.goto(`${baseUrl}/recherche/?q=conseil`, { waitUntil: 'domcontentloaded' })
    await expect
      .poll(() => page.title(), { timeout: 60_000 })
      .toMatch(/^\d+ résultats? pour « conseil » — /)
    const filter = page.getByRole('button', { name: /^Le parcours en 4 étapes \(\d+\)$/ })
    await filter.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.title()).toMatch(/dans « Le parcours en 4 étapes »/)
    expect(await focused()).toMatch(/^Le parcours en 4 étapes/)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe(
      'true',
    )
  }, 240_000)
})

describe('page feedback', () => {
  it('keeps the focus on “Envoyer mon avis” while sending, then on the thanks', async () => {
    await page.goto(`${baseUrl}/faq/`, { waitUntil: 'domcontentloaded' })
    await page.locator('#avis-utile-oui').check({ force: true })
    const submit = page.getByRole('button', { name: 'Envoyer mon avis' })
    await submit.focus()
    await page.keyboard.press('Enter')
    // Playwright counts aria-disabled as disabled: the property says whether focus can stay.
    expect(await submit.evaluate((button) => (button as HTMLButtonElement).disabled)).toBe(false)
    await expect.poll(focused).toBe('Envoyer le commentaire')
    await page.locator('#avis-commentaire').fill('Le délai pour une clôture.')
    await page.getByRole('button', { name: 'Envoyer le commentaire' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toMatch(/^Merci pour votre commentaire/)
  }, 240_000)
})

describe('the address check', () => {
  it('says the address search is down, not “3 characters”, when the button is pressed after a failure', async () => {
    await page.goto(`${baseUrl}/mon-adresse-est-elle-protegee/`, { waitUntil: 'domcontentloaded' })
    await page.getByRole('combobox').pressSequentially('rue indisponible', { delay: 20 })
    await page.locator('#adresse-reponse .fr-alert').waitFor()
    await page.getByRole('button', { name: 'Vérifier cette adresse' }).click()
    const messages = page.locator('#adresse-messages')
    await expect
      .poll(() => messages.textContent())
      .toContain('la recherche d’adresses ne répond pas')
    expect(await messages.textContent()).not.toContain('3 caractères')
  }, 240_000)
})
