// The consultation form in Chromium: every step, documents, confirmation and tracking; errors;
// keyboard only; prefill and draft; without JavaScript; axe (WCAG 2.1 A/AA) at each step.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { axeViolations, wcag21 } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'
import {
  currentStep,
  fillContact,
  fillProject,
  fillWorks,
  next,
  sendAs,
} from './support/consultation-steps.ts'
import { sampleJpeg, samplePdf } from './support/sample-files.ts'

const formUrl = `${baseUrl}/demander-un-conseil/`
/** Where the form keeps its draft (src/client/consultation/form-draft.ts). */
const draftKey = 'dedale:demande-de-conseil'

// The machine running the tests may be slow: the steps wait, the assertions do not loosen.
const chromium = useChromium()
let page: Page
beforeEach(async () => {
  page = await chromium.page()
})

describe('the consultation form', { timeout: 400_000 }, () => {
  it('goes through every step with a JPEG and a PDF, lands on the confirmation, then tracks the request', async () => {
    await page.goto(formUrl)
    const violations: string[] = []
    const check = async (step: string) => {
      for (const found of await axeViolations(page, { tags: wcag21 }))
        violations.push(`${step}: ${found}`)
    }
    expect(await currentStep(page)).toBe('Votre projet')
    await check('Votre projet')
    await fillProject(page)
    expect(await page.locator('#inseeCode').inputValue()).toBe('69123')
    expect(await page.locator('#udap-destinataire').textContent()).toContain('UDAP du Rhône')
    await next(page, 'Les travaux')
    await check('Les travaux')
    await fillWorks(page)
    await next(page, 'Vos documents')
    await check('Vos documents')
    await page.getByLabel(/Ajouter des photos ou des plans/).setInputFiles([
      { name: 'facade.jpg', mimeType: 'image/jpeg', buffer: await sampleJpeg(page) },
      { name: 'plan.pdf', mimeType: 'application/pdf', buffer: samplePdf() },
    ])
    expect(await page.getByRole('list', { name: 'Documents choisis' }).textContent()).toMatch(
      /facade\.jpg.*plan\.pdf/s,
    )
    await next(page, 'Vos coordonnées')
    await check('Vos coordonnées')
    await fillContact(page, 'camille.martin@example.fr')
    await next(page, 'Vérification')
    const review = page.locator('#recapitulatif')
    expect(await review.textContent()).toContain('12 rue Saint-Jean')
    expect(await review.textContent()).toContain('facade.jpg, plan.pdf')
    expect(await review.textContent()).toContain('UDAP du Rhône')
    await page.getByText('J’accepte que l’UDAP utilise').click()
    await check('Vérification')
    expect(violations).toEqual([])

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
    await page.waitForURL(/\/demander-un-conseil\/confirmation\/#[\w-]{43}$/, { timeout: 180_000 })
    const confirmation = page.locator('#confirmation')
    await expect
      .poll(() => confirmation.textContent(), { timeout: 60_000 })
      .toMatch(/Référence de votre demande : 69-\d{4}-\d{5}/)
    expect(await confirmation.textContent()).toContain('Documents reçus : 2.')
    expect(await axeViolations(page, { tags: wcag21 })).toEqual([])

    const tracking = await page.locator('#confirmation-suivi').getAttribute('href')
    expect(tracking).toMatch(/\/suivi\/#[\w-]{43}$/)
    await page.locator('#confirmation-suivi').click()
    await page.waitForURL(/\/suivi\/#/)
    await expect
      .poll(() => page.locator('#suivi').textContent(), { timeout: 60_000 })
      .toContain('UDAP du Rhône')
    expect(await page.locator('#suivi').textContent()).toContain('Documents joints2')
  })

  it('stops on a step with errors: summary linked to each field, focus on it, fields marked; then goes on', async () => {
    await page.goto(formUrl)
    await page.getByRole('button', { name: 'Continuer' }).click()
    const summary = page.locator('[data-error-summary] .fr-alert')
    await summary.waitFor()
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Adresse du projet : ce champ est obligatoire.',
      'Code postal : saisissez les 5 chiffres d’un code postal français, par exemple 69001.',
      'Commune : ce champ est obligatoire.',
    ])
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('demande-resultat')
    expect(await page.locator('#postcode').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#postcode-messages').textContent()).toContain(
      'Code postal : saisissez les 5 chiffres d’un code postal français, par exemple 69001.',
    )
    expect(await axeViolations(page, { tags: wcag21 })).toEqual([])
    await summary.getByRole('link', { name: /Code postal/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('postcode')
    expect(await currentStep(page)).toBe('Votre projet')

    await fillProject(page)
    await next(page, 'Les travaux')
    expect(await page.locator('[data-error-summary] .fr-alert').count()).toBe(0)
    expect(await page.locator('#postcode').getAttribute('aria-invalid')).toBeNull()
  })

  it('can be filled in and sent with the keyboard only', async () => {
    await page.goto(formUrl)
    const keyboard = page.keyboard
    // Tab forward until the element is focused, as a keyboard user would.
    const tabTo = async (selector: string) => {
      for (let presses = 0; presses < 80; presses++) {
        if (
          await page.evaluate(
            (wanted) => document.activeElement?.matches(wanted) ?? false,
            selector,
          )
        )
          return
        await keyboard.press('Tab')
      }
      throw new Error(`${selector} never received the focus`)
    }
    const pressContinue = async (step: string) => {
      await tabTo('[data-next]')
      await keyboard.press('Enter')
      await expect.poll(() => currentStep(page)).toBe(step)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('etapes-titre')
    }
    await tabTo('#address')
    await keyboard.type('4 rue Juiverie')
    await tabTo('#postcode')
    await keyboard.type('69005')
    await tabTo('#commune')
    await keyboard.type('Lyo')
    await page.getByRole('option').first().waitFor()
    await keyboard.press('ArrowDown')
    await keyboard.press('Enter')
    expect(await page.locator('#inseeCode').inputValue()).toBe('69123')
    await pressContinue('Les travaux')
    await tabTo('#worksTypes-toiture')
    await keyboard.press('Space')
    await tabTo('#description')
    await keyboard.type('Réfection de la toiture en tuiles canal.')
    await tabTo('[name=projectStage]')
    await keyboard.press('Space')
    await pressContinue('Vos documents')
    await pressContinue('Vos coordonnées')
    await tabTo('[name=applicantKind]')
    await keyboard.press('Space')
    await tabTo('#firstName')
    await keyboard.type('Clavier')
    await tabTo('#lastName')
    await keyboard.type('Seul')
    await tabTo('#email')
    await keyboard.type('clavier.seul@example.fr')
    await tabTo('[name=answerKind]')
    await keyboard.press('Space')
    await pressContinue('Vérification')
    await tabTo('#consent')
    await keyboard.press('Space')
    await tabTo('[data-submit]')
    await keyboard.press('Enter')
    await page.waitForURL(/\/confirmation\/#/, { timeout: 180_000 })
    await expect
      .poll(() => page.locator('#confirmation').textContent(), { timeout: 60_000 })
      .toContain('Référence de votre demande')
  })

  it('is prefilled by the link, ignoring unknown values', async () => {
    await page.goto(
      `${formUrl}?protection=abords_mh&worksTypes=toiture&worksTypes=piscine&worksTypes=inconnu&postcode=13001&commune=Marseille&inseeCode=13055&email=x@y.fr`,
    )
    expect(await page.getByLabel('Protection connue').inputValue()).toBe('abords_mh')
    expect(await page.getByRole('textbox', { name: /^Code postal/ }).inputValue()).toBe('13001')
    expect(await page.locator('#inseeCode').inputValue()).toBe('13055')
    // The receiving UDAP is shown once the routing data is read: allow a busy machine its time.
    await expect
      .poll(() => page.locator('#udap-destinataire').textContent(), { timeout: 30_000 })
      .toContain('UDAP des Bouches-du-Rhône')
    await fillProjectAddressOnly(page)
    await next(page, 'Les travaux')
    expect(
      await page
        .locator('[name=worksTypes]:checked')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
    ).toEqual(['toiture', 'piscine'])
  })

  it('keeps a draft in the browser, restores it with a notice, and forgets it after sending', async () => {
    await page.goto(formUrl)
    await page.getByLabel('Adresse du projet').fill('7 quai de Bondy')
    await page.getByRole('textbox', { name: /^Code postal/ }).fill('69005')
    // Reloaded at once: the answers typed within the last 400 ms are kept as the page is left.
    await page.reload()
    const restored = page.getByRole('status').filter({ hasText: 'Brouillon retrouvé' })
    await restored.waitFor()
    expect(await restored.count()).toBe(1)
    expect(await page.getByLabel('Adresse du projet').inputValue()).toBe('7 quai de Bondy')
    await page.getByRole('button', { name: 'Effacer et recommencer' }).click()
    expect(await page.getByLabel('Adresse du projet').inputValue()).toBe('')
    await page.reload()
    expect(await page.getByText('Brouillon retrouvé').count()).toBe(0)

    await fillProject(page)
    await next(page, 'Les travaux')
    await fillWorks(page)
    await next(page, 'Vos documents')
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), draftKey))
      .toContain('69005')
    await sendAs(page, 'brouillon@example.fr')
    await page.waitForURL(/\/confirmation\/#/, { timeout: 180_000 })
    // Only the draft goes (the DSFR keeps the chosen theme in localStorage too).
    expect(await page.evaluate((key) => localStorage.getItem(key), draftKey)).toBeNull()
  })

  it('announces a failed upload and sends it again when asked', async () => {
    let failures = 1
    await page.route('**/api/uploads/**', (route) =>
      failures-- > 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(formUrl)
    await fillProject(page)
    await next(page, 'Les travaux')
    await fillWorks(page)
    await next(page, 'Vos documents')
    await page.getByLabel(/Ajouter des photos ou des plans/).setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('texte') },
      { name: 'plan.pdf', mimeType: 'application/pdf', buffer: samplePdf() },
    ])
    expect(await page.locator('#documents-messages').textContent()).toContain(
      'notes.txt : type de fichier non accepté',
    )
    await sendAs(page, 'echec.envoi@example.fr')
    const announce = page.locator('#envoi-documents-annonce')
    await expect
      .poll(() => announce.textContent(), { timeout: 180_000 })
      .toMatch(/Échec de l’envoi de plan\.pdf/)
    expect(await page.getByRole('link', { name: 'Terminer sans ces documents' }).isVisible()).toBe(
      true,
    )
    expect(await axeViolations(page, { tags: wcag21 })).toEqual([])
    await page.getByRole('button', { name: 'Réessayer l’envoi de plan.pdf' }).click()
    await page.waitForURL(/\/confirmation\/#/, { timeout: 180_000 })
    await expect
      .poll(() => page.locator('#confirmation').textContent(), { timeout: 60_000 })
      .toContain('Documents reçus : 1.')
  })

  it('is sent without JavaScript, on one page, and lands on the tracking page', async () => {
    const plain = await chromium.page({ javaScriptEnabled: false })
    await plain.goto(formUrl)
    // No file input without JavaScript: documents come later, by the tracking page.
    expect(await plain.locator('[data-documents]').isVisible()).toBe(false)
    await plain.getByLabel('Adresse du projet').fill('4 rue Juiverie')
    await plain.getByRole('textbox', { name: /^Code postal/ }).fill('69005')
    await plain.getByRole('textbox', { name: /^Commune/ }).fill('Lyon')
    await plain.getByText('Toiture, couverture').click()
    await plain.getByLabel('Description du projet').fill('Réfection de la toiture en tuiles canal.')
    await plain.getByText('Je réfléchis à un projet').click()
    await plain.getByText('Un particulier').click()
    await plain.getByLabel('Prénom').fill('Sans')
    await plain.getByLabel('Nom', { exact: true }).fill('Script')
    await plain.getByLabel('Adresse e-mail').fill('sans.script@example.fr')
    await plain.getByText('Une réponse écrite').click()
    await plain.getByText('J’accepte que l’UDAP utilise').click()
    await plain.getByRole('button', { name: 'Envoyer ma demande' }).click()
    await plain.waitForURL(/\/suivi\/\?envoyee=1#[\w-]{43}$/)
  })
})

describe('the tracking page', { timeout: 240_000 }, () => {
  it('lets the applicant add documents to an open request, with the upload announced', async () => {
    const response = await page.request.post(`${baseUrl}/api/consultations`, {
      timeout: 120_000,
      data: validConsultation({ email: 'dominique.ajout@example.fr' }),
    })
    const { trackingUrl } = (await response.json()) as { trackingUrl: string }
    await page.goto(trackingUrl)
    const input = page.getByLabel(/Ajouter des photos ou des plans/)
    await input.waitFor()
    await input.setInputFiles([
      { name: 'enseigne.jpg', mimeType: 'image/jpeg', buffer: await sampleJpeg(page) },
    ])
    await page.getByRole('button', { name: 'Envoyer les documents' }).click()
    await expect
      .poll(() => page.locator('#ajout-documents-annonce').textContent(), { timeout: 60_000 })
      // Each outcome is announced in turn (RGAA 7.5), the count last.
      .toContain('Envoi terminé : 1 document envoyé.')
    expect(await axeViolations(page, { tags: wcag21 })).toEqual([])
    await page.reload()
    await expect
      .poll(() => page.locator('#suivi').textContent(), { timeout: 60_000 })
      .toContain('Documents joints1')
  })
})

async function fillProjectAddressOnly(surface: Page): Promise<void> {
  await surface.getByLabel('Adresse du projet').fill('2 rue de la République')
}
