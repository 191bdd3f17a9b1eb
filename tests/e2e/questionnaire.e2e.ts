// The questionnaire in Chromium: keyboard only from the first question to a result, the result
// URL reloads to the same result, the prefill link, the errors, the form without JavaScript,
// and axe on every step and on the result.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'

// Netlify's emulator answers slowly on a busy machine: wait longer than Playwright's default.
const chromium = useChromium({ warmUp: ['/quelle-demarche/'], timeout: 90_000 })
let page: Page
beforeEach(async () => {
  page = await chromium.page()
})

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '')

/** Presses Tab until the element has the focus (fails after 60 presses). */
async function tabTo(selector: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await page.evaluate((target) => document.activeElement?.matches(target), selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

async function next(): Promise<void> {
  await tabTo('[data-nav="next"] button')
  await page.keyboard.press('Enter')
}

async function openQuestionnaire(query = ''): Promise<void> {
  // The questionnaire is ready once its script has numbered the questions; fonts may still load.
  await page.goto(`${baseUrl}/quelle-demarche/${query}`, { waitUntil: 'domcontentloaded' })
  await page.waitForSelector('[data-step-state]:not(:empty)', { state: 'attached' })
}

const slow = 240_000

describe('the questionnaire', () => {
  it(
    'is answered with the keyboard alone, one question at a time, up to a result',
    async () => {
      await openQuestionnaire()
      const report: string[] = []
      report.push(...(await axeViolations(page)))
      await tabTo('#protection-spr')
      await page.keyboard.press('Space')
      await next()
      // The abords question is skipped: only an SPR was chosen. The heading takes the focus.
      expect(await focusedId()).toBe('etape-travaux')
      expect(await page.getByRole('button', { name: 'Voir ma démarche' }).isVisible()).toBe(false)
      expect(await page.locator('#etape-travaux').textContent()).toContain('Question 2 sur 4')
      await tabTo('#travaux-demolition')
      await page.keyboard.press('Space')
      await tabTo('#travaux-extension_veranda_annexe')
      await page.keyboard.press('Space')
      await next()
      expect(await focusedId()).toBe('etape-precisions')
      // Only the questions about an extension show; the pool's does not.
      expect(await page.locator('#surface_piscine').isVisible()).toBe(false)
      report.push(...(await axeViolations(page)))
      await tabTo('#construction-extension')
      await page.keyboard.press('Space')
      await tabTo('#surface')
      await page.keyboard.type('30')
      await tabTo('#zone_u-oui')
      await page.keyboard.press('ArrowDown')
      await next()
      expect(await focusedId()).toBe('etape-entretien')
      await tabTo('#entretien-oui')
      await page.keyboard.press('ArrowDown')
      await next()
      expect(await focusedId()).toBe('etape-erp')
      await tabTo('#erp-oui')
      await page.keyboard.press('ArrowDown')
      await tabTo('[data-nav="submit"] button')
      await page.keyboard.press('Enter')

      await page.waitForSelector('#resultat-titre')
      expect(await focusedId()).toBe('resultat-titre')
      const url = new URL(page.url())
      expect(url.searchParams.getAll('protection')).toEqual(['spr'])
      expect(url.searchParams.getAll('travaux')).toEqual(['extension_veranda_annexe', 'demolition'])
      expect(url.searchParams.get('zone_u')).toBe('non')
      expect(url.searchParams.has('surface_piscine')).toBe(false)
      const procedures = await page.locator('.questionnaire-procedure h3').allTextContents()
      expect(procedures).toEqual(['Permis de construire (PC)', 'Permis de démolir (PD)'])
      report.push(...(await axeViolations(page)))
      expect(report).toEqual([])
    },
    slow,
  )

  it(
    'shows the same result when its URL is reloaded, with the prefilled advice link',
    async () => {
      const query =
        '?protection=abords_mh&abords=pda&travaux=menuiseries&travaux=panneaux_solaires&entretien=non&erp=non'
      await openQuestionnaire(query)
      await page.waitForSelector('#resultat-titre')
      const first = await page.locator('#resultat').textContent()
      expect(first).toContain('Déclaration préalable de travaux (DP)')
      expect(first).toContain('DP11')
      await page.reload({ waitUntil: 'domcontentloaded' })
      await page.waitForSelector('#resultat-titre')
      expect(await page.locator('#resultat').textContent()).toBe(first)
      const advice = page.getByRole('link', { name: 'Demander un conseil à l’UDAP' })
      expect(await advice.getAttribute('href')).toBe(
        '/demander-un-conseil/?protection=abords_mh&worksTypes=menuiseries&worksTypes=panneaux_solaires',
      )
      expect(await page.getByRole('link', { name: 'Déposer en mairie' }).getAttribute('href')).toBe(
        '/parcours/deposer-et-suivre-ma-demande/',
      )
      expect(await axeViolations(page)).toEqual([])
    },
    slow,
  )

  it(
    'goes back to the questions with the answers kept, and the browser’s back button works',
    async () => {
      await openQuestionnaire('?protection=site_inscrit&travaux=demolition&entretien=non')
      await page.waitForSelector('#resultat-titre')
      await page.getByRole('button', { name: 'Modifier mes réponses' }).click()
      expect(await focusedId()).toBe('etape-protection')
      expect(await page.locator('#protection-site_inscrit').isChecked()).toBe(true)
      await page.goto(`${baseUrl}/quelle-demarche/`, { waitUntil: 'domcontentloaded' })
      await page.goBack({ waitUntil: 'domcontentloaded' })
      await page.waitForSelector('#resultat-titre')
      expect(await page.locator('.questionnaire-procedure h3').first().textContent()).toBe(
        'Permis de démolir (PD)',
      )
    },
    slow,
  )

  it(
    'starts with the protections found by the address page',
    async () => {
      await openQuestionnaire('?protection=abords_mh&protection=site_inscrit')
      expect(await page.locator('#protection-abords_mh').isChecked()).toBe(true)
      expect(await page.locator('#protection-site_inscrit').isChecked()).toBe(true)
      expect(await page.locator('#resultat').isHidden()).toBe(true)
      await page.getByRole('button', { name: 'Question suivante' }).click()
      expect(await focusedId()).toBe('etape-abords')
      expect(await page.locator('#etape-abords').textContent()).toContain('Question 2 sur 5')
      expect(await axeViolations(page)).toEqual([])
    },
    slow,
  )

  it(
    'says what is missing when a required question is left empty',
    async () => {
      await openQuestionnaire()
      await page.getByRole('button', { name: 'Question suivante' }).click()
      const fieldset = page.locator('#question-protection')
      expect(await fieldset.getAttribute('class')).toContain('fr-fieldset--error')
      expect(await page.locator('#protection-messages').textContent()).toBe(
        'Choisissez au moins une réponse, ou « Je ne sais pas ».',
      )
      expect(await focusedId()).toBe('protection-abords_mh')
      expect(await axeViolations(page)).toEqual([])
    },
    slow,
  )

  it(
    'works as one form without JavaScript, and explains the general rules',
    async () => {
      // Playwright turns scripts off without turning <noscript> on: the markup is checked instead.
      const html = await (await fetch(`${baseUrl}/quelle-demarche/`)).text()
      expect(html).toMatch(/<noscript>.*Sans JavaScript : les règles générales/s)
      const plain = await chromium.page({ javaScriptEnabled: false })
      await plain.goto(`${baseUrl}/quelle-demarche/`)
      expect(await plain.locator('#surface_piscine').isVisible()).toBe(true)
      await plain.locator('label[for="protection-spr"]').click()
      await plain.locator('label[for="travaux-toiture"]').click()
      await plain.getByRole('button', { name: 'Voir ma démarche' }).click()
      await plain.waitForURL(/\/quelle-demarche\/\?protection=spr&travaux=toiture/)
    },
    slow,
  )
})
