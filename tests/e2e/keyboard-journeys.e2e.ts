// Keyboard-only journeys (issue 20), in Chromium: no mouse, no `click`, files given through the
// file chooser that Space opens. Each journey checks where the focus goes after each action
// (RGAA 7.3, 12.8) and what the live regions say, in order (7.5); the commune's autocomplete
// purpose (11.13) and the receiving UDAP's announcement are checked on the way.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'
import { currentStep } from './support/consultation-steps.ts'
import { tabTo } from './support/keyboard.ts'
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
const said = () => liveMessages(page)
/** What the live regions said from now on, read by the function returned. */
async function saidFromNow(): Promise<() => Promise<string[]>> {
  const start = (await said()).length
  return async () => (await said()).slice(start)
}

/** Space on the focused file input opens the chooser: the files are given to it. */
async function chooseFiles(files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Space')
  await (await chooser).setFiles(files)
}

// Five steps, two uploads and a retry, typed key by key: minutes on a busy machine.
describe('keyboard only: the consultation form', { timeout: 300_000 }, () => {
  it('with an upload failure and a retry, ends on the confirmation', async () => {
    let failures = 1
    await page.route('**/api/uploads/**', (route) =>
      failures-- > 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    const keyboard = page.keyboard
    const pressContinue = async (step: string) => {
      await tabTo(page, '[data-next]')
      await keyboard.press('Enter')
      await expect.poll(() => currentStep(page)).toBe(step)
      expect(await focused()).toBe('etapes-titre')
    }
    // Continuer on an empty step: the summary takes the focus and is said once, by it.
    let since = await saidFromNow()
    await tabTo(page, '[data-next]')
    await keyboard.press('Enter')
    await expect.poll(focused).toBe('demande-resultat')
    expect(await page.locator('[data-error-summary] a').count()).toBe(3)
    await page.waitForTimeout(300)
    expect((await since()).filter((text) => text.includes('obligatoire'))).toEqual([])

    await tabTo(page, '#address')
    await keyboard.type('4 rue Juiverie')
    await tabTo(page, '#postcode')
    await keyboard.type('69005')
    await tabTo(page, '#commune')
    // The commune says its purpose to the browser (RGAA 11.13), also once enhanced.
    expect(await page.locator('#commune').getAttribute('autocomplete')).toBe('address-level2')
    since = await saidFromNow()
    await keyboard.type('Lyo')
    await page.getByRole('option').first().waitFor()
    await keyboard.press('ArrowDown')
    await keyboard.press('Enter')
    expect(await page.locator('#inseeCode').inputValue()).toBe('69123')
    expect(await focused()).toBe('commune')
    // The receiving UDAP is said when the commune is chosen.
    await expect.poll(since).toContainEqual(expect.stringContaining('UDAP du Rhône'))
    await pressContinue('Les travaux')
    await tabTo(page, '#worksTypes-toiture')
    await keyboard.press('Space')
    await tabTo(page, '#description')
    await keyboard.type('Réfection de la toiture en tuiles canal.')
    await tabTo(page, '[name=projectStage]')
    await keyboard.press('Space')
    await pressContinue('Vos documents')
    await tabTo(page, 'input[type=file]')
    await chooseFiles([{ name: 'plan.pdf', mimeType: 'application/pdf', buffer: samplePdf() }])
    await pressContinue('Vos coordonnées')
    await tabTo(page, '[name=applicantKind]')
    await keyboard.press('Space')
    await tabTo(page, '#firstName')
    await keyboard.type('Clavier')
    await tabTo(page, '#lastName')
    await keyboard.type('Retry')
    await tabTo(page, '#email')
    await keyboard.type('clavier.retry@example.fr')
    await tabTo(page, '[name=answerKind]')
    await keyboard.press('Space')
    await pressContinue('Vérification')
    await tabTo(page, '#consent')
    await keyboard.press('Space')
    since = await saidFromNow()
    await tabTo(page, '[data-submit]')
    await keyboard.press('Enter')
    // The upload failed: the outcome is said after the failure, the focus is on the region.
    await expect
      .poll(() => page.locator('[data-upload-status]').textContent(), { timeout: 180_000 })
      .toMatch(/^Envoi terminé/)
    const outcome = await since()
    const failure = outcome.findIndex((text) => text.startsWith('Échec de l’envoi de plan.pdf'))
    expect(failure).toBeGreaterThanOrEqual(0)
    expect(outcome.at(-1)).toMatch(/^Envoi terminé : 0 document envoyé, 1 document refusé/)
    expect(await focused()).not.toBe('body')
    // Retry by the keyboard: the focus stays on the document's line, never on <body>.
    since = await saidFromNow()
    await tabTo(page, 'button[aria-label="Réessayer l’envoi de plan.pdf"]')
    await keyboard.press('Enter')
    expect(await focused()).not.toBe('body')
    expect(await focused()).toMatch(/^plan\.pdf/)
    await page.waitForURL(/\/confirmation\/#/, { timeout: 180_000 })
    await expect
      .poll(() => page.locator('#confirmation').textContent(), { timeout: 60_000 })
      .toContain('Référence de votre demande')
  }, 400_000)
})

describe('keyboard only: the questionnaire', () => {
  it('goes one question at a time with Enter on a checkbox, a radio, a text field and the buttons', async () => {
    await page.goto(`${baseUrl}/quelle-demarche/`)
    const state = () =>
      page.evaluate(() => {
        const step = [...document.querySelectorAll<HTMLElement>('[data-step]')].find(
          (element) => !element.hidden,
        )
        return step?.querySelector('[data-step-state]')?.textContent ?? ''
      })
    const number = async () => Number(/Question (\d+) sur/.exec(await state())?.[1])
    const headingFocused = () =>
      page.evaluate(() => {
        const element = document.activeElement
        return element?.tagName === 'H2' && !element.closest('[hidden]')
      })
    // Question 1 (checkboxes): Abords d'un monument historique, then Enter.
    await tabTo(page, 'input[name=protection][value=abords_mh]')
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect.poll(number).toBe(2)
    expect(await headingFocused()).toBe(true)
    expect(await page.locator('.fr-fieldset--error').count()).toBe(0)
    // "Question précédente" then "Question suivante", by Enter on the buttons.
    await tabTo(page, '[data-nav=previous]:not([hidden]) button')
    await page.keyboard.press('Enter')
    await expect.poll(number).toBe(1)
    expect(await headingFocused()).toBe(true)
    await tabTo(page, '[data-nav=next]:not([hidden]) button')
    await page.keyboard.press('Enter')
    await expect.poll(number).toBe(2)
    expect(await headingFocused()).toBe(true)
    // Every following question: its first choice (radio or checkbox) or a size, then Enter.
    const kinds = new Set<string>()
    for (let guard = 0; guard < 12; guard++) {
      if (await page.locator('#resultat-titre').isVisible()) break
      const before = await number()
      const total = Number(/sur (\d+)/.exec(await state())?.[1])
      const kind = await page.evaluate(() => {
        const step = [...document.querySelectorAll<HTMLElement>('[data-step]')].find(
          (element) => !element.hidden,
        )
        // The works: an extension, whose details ask sizes (text fields) too.
        const inputs = [
          ...(step?.querySelectorAll<HTMLInputElement>('input:not([disabled])') ?? []),
        ]
        const input =
          inputs.find((choice) => choice.value === 'extension_veranda_annexe') ??
          inputs.find((field) => field.type === 'text' && field.getClientRects().length > 0) ??
          inputs[0]
        input?.focus()
        return input?.type ?? ''
      })
      kinds.add(kind)
      if (kind === 'text') await page.keyboard.type('12')
      else await page.keyboard.press('Space')
      await page.keyboard.press('Enter')
      if (before === total) break
      await expect.poll(number).toBe(before + 1)
      expect(await headingFocused()).toBe(true)
      expect(await page.locator('.fr-fieldset--error').count()).toBe(0)
    }
    expect([...kinds].sort()).toEqual(['checkbox', 'radio', 'text'])
    // The last Enter shows the result, its heading focused.
    await page.locator('#resultat-titre').waitFor()
    await expect.poll(focused).toBe('resultat-titre')
  }, 240_000)
})

describe('keyboard only: the address check', () => {
  it('Tab to the field, type, arrow, Enter: the answer’s heading takes the focus', async () => {
    await page.goto(`${baseUrl}/mon-adresse-est-elle-protegee/`)
    await tabTo(page, '[role=combobox]')
    const since = await saidFromNow()
    await page.keyboard.type('2 place des terr', { delay: 20 })
    await page.getByRole('option').nth(1).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('reponse-titre')
    const messages = await since()
    expect(
      messages.indexOf('2 adresses proposées. Flèches haut et bas pour choisir, puis Entrée.'),
    ).toBeGreaterThanOrEqual(0)
    // Tab from the answer goes on to its links, in reading order.
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('#adresse-reponse'))),
    ).toBe(true)
  }, 240_000)
})

describe('keyboard only: the tracking page', () => {
  it('adds a document: the focus stays on “Envoyer les documents”, the outcomes are said in order', async () => {
    const response = await page.request.post(`${baseUrl}/api/consultations`, {
      timeout: 120_000,
      data: {
        applicantKind: 'particulier',
        firstName: 'Alex',
        lastName: 'Clavier',
        email: 'alex.suivi@example.fr',
        address: '3 place Bellecour',
        postcode: '69002',
        commune: 'Lyon',
        worksTypes: ['toiture'],
        description: 'Réfection de la toiture en tuiles canal.',
        projectStage: 'esquisse',
        consent: true,
      },
    })
    const { trackingUrl } = (await response.json()) as { trackingUrl: string }
    let failures = 1
    await page.route('**/api/uploads/**', (route) =>
      failures-- > 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(trackingUrl)
    await page.locator('#ajout-documents:not([hidden])').waitFor()
    // Sending nothing: said, and the focus goes to the file field.
    await tabTo(page, '#ajout-documents-envoyer')
    await page.keyboard.press('Enter')
    await expect.poll(said).toContain('Choisissez d’abord un ou plusieurs documents.')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
      'file',
    )
    await chooseFiles([
      { name: 'coupe.pdf', mimeType: 'application/pdf', buffer: samplePdf('Coupe') },
    ])
    const since = await saidFromNow()
    await tabTo(page, '#ajout-documents-envoyer')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('ajout-documents-envoyer')
    await expect.poll(since).toContainEqual(expect.stringMatching(/^Envoi terminé/))
    expect(await focused()).toBe('ajout-documents-envoyer')
    await tabTo(page, 'button[aria-label="Réessayer l’envoi de coupe.pdf"]')
    await page.keyboard.press('Enter')
    expect(await focused()).toMatch(/^coupe\.pdf/)
    await expect.poll(since).toContainEqual('Envoi terminé : 1 document envoyé.')
    const order = await since()
    expect(
      order.findIndex((text) => text.startsWith('Échec de l’envoi de coupe.pdf')),
    ).toBeLessThan(order.indexOf('coupe.pdf envoyé.'))
    expect(await focused()).not.toBe('body')
    await expect.poll(() => page.locator('[data-attachments]').textContent()).toBe('1')
  }, 240_000)
})
