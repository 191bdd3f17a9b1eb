// The address page in Chromium, against the local server whose geodata come from the fake IGN
// services (tests/support/fake-geodata-upstream.ts, started by the e2e global setup).
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'

const path = '/mon-adresse-est-elle-protegee/'

// Each answer is two function calls through the emulator: slow when the machine is busy.
const chromium = useChromium({
  warmUp: [path, '/api/addresses?q=tournus', '/api/protections?lat=46.5627&lon=4.9089'],
})
let page: Page
beforeEach(async () => {
  page = await chromium.page()
})

const field = () => page.getByRole('combobox', { name: /Adresse du projet/ })
const focusedId = () => page.evaluate(() => document.activeElement?.id)

async function pickByKeyboard(typed: string, downs = 1) {
  await page.goto(`${baseUrl}${path}`)
  await field().pressSequentially(typed, { delay: 20 })
  await page.getByRole('listbox', { name: 'Adresses proposées' }).waitFor()
  for (let i = 0; i < downs; i++) await field().press('ArrowDown')
  await field().press('Enter')
}

describe('Mon adresse est-elle dans un espace protégé ?', { timeout: 180_000 }, () => {
  it('proposes addresses as a combobox, picks one by keyboard, answers, and prefills the form', async () => {
    await page.goto(`${baseUrl}${path}`)
    await field().pressSequentially('2 place des terr', { delay: 20 })
    const options = page.getByRole('option')
    await options.nth(1).waitFor()
    expect(await options.count()).toBe(2)
    expect(await field().getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#adresse-statut').textContent()).toBe(
      '2 adresses proposées. Flèches haut et bas pour choisir, puis Entrée.',
    )
    await field().press('ArrowDown')
    expect(await field().getAttribute('aria-activedescendant')).toBe('adresse-suggestions-0')
    expect(await options.first().getAttribute('aria-selected')).toBe('true')
    await field().press('Enter')

    const title = page.locator('#reponse-titre')
    await title.waitFor()
    expect(await title.textContent()).toBe(
      'Nous avons trouvé 2 protections patrimoniales à cette adresse.',
    )
    expect(await focusedId()).toBe('reponse-titre')
    expect(await field().inputValue()).toBe('2 Place des Terreaux 69001 Lyon')
    const sentences = await page.locator('#adresse-reponse .fr-callout__title').allTextContents()
    expect(sentences).toEqual([
      'Votre adresse est dans un site patrimonial remarquable : « Site patrimonial remarquable de Lyon - Vieux Lyon » (plan de sauvegarde et de mise en valeur, PSMV).',
      'Votre adresse est dans les abords du monument historique « Maison du Crible » (périmètre de 500 m).',
    ])
    const questionnaire = page.getByRole('link', { name: 'Quelle démarche pour mes travaux ?' })
    expect(await questionnaire.getAttribute('href')).toBe(
      '/quelle-demarche/?protection=spr&protection=abords_mh',
    )

    const consultation = page.getByRole('link', { name: 'Demander un conseil à l’UDAP' })
    const href = new URL((await consultation.getAttribute('href')) ?? '', baseUrl)
    expect(href.pathname).toBe('/demander-un-conseil/')
    expect(Object.fromEntries(href.searchParams)).toEqual({
      protection: 'spr',
      address: '2 Place des Terreaux',
      postcode: '69001',
      commune: 'Lyon',
      inseeCode: '69381',
    })
    await consultation.click()
    await page.waitForURL(/\/demander-un-conseil\/\?/)
    expect(await page.locator('h1').textContent()).toBe('Demander un conseil à l’UDAP')
    expect(new URL(page.url()).searchParams.get('inseeCode')).toBe('69381')
  })

  it('has no axe violation once the answer is shown, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await pickByKeyboard('1 rue saint-jean lyon')
      await page.locator('#reponse-titre').waitFor()
      // The suggestions open too: check them while they are shown.
      await field().fill('2 place des terr')
      await page.getByRole('option').first().waitFor()
      expect(await axeViolations(page)).toEqual([])
    }
  })

  it('says when nothing is recorded, and links to the form with “je ne sais pas”', async () => {
    await pickByKeyboard('15 avenue jean jaures bobigny')
    await page.locator('#reponse-titre').waitFor()
    expect(await page.locator('#reponse-titre').textContent()).toBe(
      'Nous n’avons trouvé aucune protection patrimoniale enregistrée à cette adresse.',
    )
    const href = await page
      .getByRole('link', { name: 'Demander un conseil à l’UDAP' })
      .getAttribute('href')
    expect(new URL(href ?? '', baseUrl).searchParams.get('protection')).toBe('je_ne_sais_pas')
  })

  it('explains how to check by hand when the GPU fails, never an error page', async () => {
    await pickByKeyboard('3 rue de la panne')
    const alert = page.locator('#adresse-reponse .fr-alert')
    await alert.waitFor()
    expect(await alert.locator('h2').textContent()).toBe(
      'Nous ne pouvons pas vérifier cette adresse pour le moment',
    )
    expect(await alert.textContent()).toContain(
      'Le Géoportail de l’urbanisme ne répond pas en ce moment.',
    )
    const href = await page
      .getByRole('link', { name: 'Demander un conseil à l’UDAP' })
      .getAttribute('href')
    expect(Object.fromEntries(new URL(href ?? '', baseUrl).searchParams)).toEqual({
      protection: 'je_ne_sais_pas',
      address: '3 Rue de la Panne',
      postcode: '75001',
      commune: 'Paris',
      inseeCode: '75101',
    })
    await page.getByRole('link', { name: 'voir comment faire' }).click()
    expect(new URL(page.url()).hash).toBe('#verifier-vous-meme')
  })

  it('says so when the address search itself fails', async () => {
    await page.goto(`${baseUrl}${path}`)
    await field().pressSequentially('rue indisponible', { delay: 20 })
    const alert = page.locator('#adresse-reponse .fr-alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'Le service de recherche d’adresses de l’IGN ne répond pas',
    )
    // The person was typing: the focus stays in the field.
    expect(await focusedId()).toBe('adresse')
  })

  it('asks to choose an address when the button is pressed with too little typed', async () => {
    await page.goto(`${baseUrl}${path}`)
    await page.getByRole('button', { name: 'Vérifier cette adresse' }).click()
    expect(await field().getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#adresse-messages').textContent()).toContain(
      'choisissez une adresse dans la liste',
    )
  })

  it('without JavaScript, hides the search and shows how to check by hand', async () => {
    const bare = await chromium.page({ javaScriptEnabled: false })
    await bare.goto(`${baseUrl}${path}`)
    expect(await bare.locator('#adresse-outil').isHidden()).toBe(true)
    expect(await bare.getByRole('heading', { name: 'Vérifier par vous-même' }).isVisible()).toBe(
      true,
    )
    // Playwright's text locators skip <noscript>: ask the page whether the notice is drawn.
    const notice = await bare.evaluate(() => {
      const paragraph = document.querySelector('noscript p')
      return { text: paragraph?.textContent, height: paragraph?.getBoundingClientRect().height }
    })
    expect(notice.text).toContain('La recherche d’adresse a besoin de JavaScript.')
    expect(notice.height).toBeGreaterThan(0)
  })
})
