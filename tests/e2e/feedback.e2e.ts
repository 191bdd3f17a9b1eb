import { describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'

// The emulator prepares the functions on its first requests: not part of what is measured here.
const chromium = useChromium({ warmUp: ['/mentions-legales/', '/api/stats'] })

const newPage = (javaScriptEnabled = true) => chromium.page({ javaScriptEnabled })

describe('page feedback', () => {
  it('works without JavaScript: a plain post, then the thank-you on the page', async () => {
    const page = await newPage(false)
    await page.goto(`${baseUrl}/mentions-legales/`)
    // The DSFR draws its own radio over the input: a person clicks the label.
    await page.locator('label[for="avis-utile-non"]').click()
    await page.getByLabel(/Qu’avez-vous cherché sans le trouver/).fill('Le nom de l’hébergeur')
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click()
    await page.waitForURL(`${baseUrl}/mentions-legales/#avis-merci`)
    expect(await page.getByText('Merci pour votre avis').isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Envoyer mon avis' }).isVisible()).toBe(false)
    await page.close()
  })

  it('works with JavaScript: the vote is announced, then the comment completes it', async () => {
    const page = await newPage()
    await page.goto(`${baseUrl}/mentions-legales/`)
    const comment = page.getByLabel(/Qu’avez-vous cherché sans le trouver/)
    expect(await comment.isVisible()).toBe(false)
    await page.locator('label[for="avis-utile-oui"]').click()
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click()
    const status = page.locator('[data-page-feedback-status]')
    await expect
      .poll(() => status.textContent(), { timeout: 45_000 })
      .toBe(
        'Merci, votre avis est enregistré. Vous pouvez préciser ce que vous avez cherché sans le trouver.',
      )
    expect(await status.getAttribute('role')).toBe('status')
    await comment.fill('Les horaires de l’UDAP')
    await page.getByRole('button', { name: 'Envoyer le commentaire' }).click()
    await expect
      .poll(() => status.textContent(), { timeout: 45_000 })
      .toBe('Merci pour votre commentaire : il nous aide à améliorer cette page.')
    expect(page.url()).toBe(`${baseUrl}/mentions-legales/`)
    await page.close()
  })
})

describe('/stats/', () => {
  it('shows the demo figures and refreshes them from /api/stats', async () => {
    const page = await newPage()
    await page.goto(`${baseUrl}/stats/`)
    expect(await page.getByRole('heading', { name: 'Chiffres de démonstration' }).isVisible()).toBe(
      true,
    )
    expect(await page.locator('[data-stat="requestsLast12Months"]').textContent()).toMatch(/^\d+$/)
    // The API's answer carries the time: the snapshot only has the day.
    await expect
      .poll(() => page.locator('[data-stats-date]').textContent(), { timeout: 45_000 })
      .toMatch(/^Chiffres au \d{1,2} \S+ \d{4} à \d{2}:\d{2}\.$/)
    await page.close()
  })
})

describe('the audience measurement opt-out', () => {
  it('is kept in the browser', async () => {
    const page = await newPage()
    await page.goto(`${baseUrl}/donnees-personnelles/`)
    const box = page.getByLabel('Je refuse la mesure d’audience sur ce navigateur')
    await page.locator('label[for="mesure-audience-refus"]').click()
    expect(await page.locator('#mesure-audience-statut').textContent()).toBe(
      'Vos visites ne sont pas mesurées sur ce navigateur.',
    )
    await page.reload()
    expect(await box.isChecked()).toBe(true)
    expect(
      await page.evaluate(() => localStorage.getItem('dedale:mesure-d-audience-refusee')),
    ).toBe('oui')
    await page.close()
  })
})
