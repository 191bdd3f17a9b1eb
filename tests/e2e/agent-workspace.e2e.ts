// The agents' workspace on `npm start`, keyboard only: an agent of UDAP 69 signs in with the
// code from the local mailbox, sees only UDAP 69's requests, takes one, asks for a complement;
// the applicant answers from the tracking page; the agent sees it and answers with a template;
// the applicant sees the answer. axe on every workspace page, both themes, phone and desktop.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { axeViolations, openInTheme } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'

const mailDir = inject('mailDir')
const agentEmail = 'agent.rhone@example.fr'

const chromium = useChromium({ warmUp: ['/espace-agent/', '/api/agent/session'] })

/** Presses Tab until the element has the focus: the keyboard, and nothing else, gets there. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

async function latestMailTo(recipient: string, after: number): Promise<string> {
  let found: string | undefined
  await expect
    .poll(async () => {
      const files = (await readdir(mailDir).catch(() => [] as string[])).sort().reverse()
      for (const file of files) {
        const text = await readFile(join(mailDir, file), 'utf8')
        const date = Date.parse(/^Date: (.+)$/m.exec(text)?.[1] ?? '')
        if (text.includes(`To: ${recipient}`) && date >= after - 1000) {
          found = text.replace(/=\r?\n/g, '')
          return true
        }
      }
      return false
    })
    .toBe(true)
  return found ?? ''
}

async function submitRequest(): Promise<{ reference: string; trackingUrl: string }> {
  const response = await fetch(`${baseUrl}/api/consultations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validConsultation({ email: 'demandeur.e2e@example.fr' })),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { reference: string; trackingUrl: string }
}

const status = (page: Page) => page.locator('agent-request [data-done]')

/** The inbox and the request page are checked once their requests are shown. */
const requestsShown = () =>
  !document.querySelector('agent-inbox [data-summary]')?.textContent?.includes('Chargement') &&
  !document
    .querySelector('agent-request [data-status]:not([hidden])')
    ?.textContent?.includes('Chargement')

describe('the agents’ workspace', { timeout: 300_000 }, () => {
  let context: BrowserContext
  let reference = ''
  let trackingUrl = ''

  it('signs in with the code from the local mailbox, keyboard only, and comes back to the inbox', async () => {
    const submitted = await submitRequest()
    reference = submitted.reference
    trackingUrl = submitted.trackingUrl
    context = await chromium.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/`)
    await page.waitForURL(/\/espace-agent\/connexion\/\?retour=/)
    const asked = Date.now()
    await tabTo(page, page.locator('#email'))
    await page.keyboard.type(agentEmail)
    await page.keyboard.press('Enter')
    const mail = await latestMailTo(agentEmail, asked)
    const code = / est : (\d{6})/.exec(mail)?.[1] ?? ''
    expect(code).toMatch(/^\d{6}$/)
    await expect
      .poll(() => page.locator('#code').evaluate((el) => el === document.activeElement))
      .toBe(true)
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}/espace-agent/`)
    expect(
      await page.evaluate(
        () =>
          localStorage.length === 0 ||
          Object.keys(localStorage).every((key) => !key.includes('agent')),
      ),
    ).toBe(true)

    const rows = page.locator('agent-inbox [data-rows] tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(0)
    const references = await page
      .locator('agent-inbox [data-rows] tr td:first-child a')
      .allTextContents()
    expect(references.every((text) => text.startsWith('69-'))).toBe(true)
    await tabTo(page, page.locator('#search'))
    await page.keyboard.type(reference)
    await page.keyboard.press('Enter')
    await page.waitForURL(/search=/)
    const link = page.getByRole('link', { name: reference })
    await expect.poll(() => link.count()).toBe(1)
    await tabTo(page, link)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/espace-agent\/demande\/\?reference=/)
    await page.close()
  })

  it('takes the request, asks for a complement, sees a refused action explained, keyboard only', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
    const take = page.getByRole('button', { name: 'Je m’en occupe' })
    await take.waitFor()
    await tabTo(page, take)
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toBe('C’est enregistré.')
    expect(await page.locator('[data-fields]').textContent()).toContain(
      'Camille Rhône (démonstration)',
    )

    await tabTo(page, page.locator('#complement-motivation'))
    await page.keyboard.type('Merci d’envoyer une photo de la façade actuelle.')
    await tabTo(page, page.getByRole('button', { name: 'Demander le complément' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('[data-fields]').textContent())
      .toContain('Complément demandé')

    await tabTo(page, page.locator('#answer'))
    await page.keyboard.type('Réponse trop tôt.')
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('#answer-messages').textContent())
      .toMatch(/Changement de statut impossible/)
    await page.close()
  })

  it('the applicant answers from the tracking page; the agent sees it and answers with a template', async () => {
    const applicant = await chromium.page()
    await applicant.goto(trackingUrl)
    const message = applicant.locator('#complement-message')
    await message.waitFor()
    await tabTo(applicant, message)
    await applicant.keyboard.type('Voici la photo demandée, envoyée par courrier.')
    await tabTo(applicant, applicant.getByRole('button', { name: 'Envoyer ma réponse' }))
    await applicant.keyboard.press('Enter')
    await expect
      .poll(() => applicant.locator('complement-answer [data-sent]').textContent())
      .toMatch(/Votre réponse a été envoyée/)

    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
    // The page loads the request through the emulator: up to 90 s on a busy machine.
    await expect
      .poll(() => page.locator('[data-timeline]').textContent(), { timeout: 90_000 })
      .toContain('Voici la photo demandée, envoyée par courrier.')
    expect(await page.locator('[data-fields]').textContent()).toContain('En cours d’examen')
    await tabTo(page, page.locator('#template'))
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => page.locator('[data-preview]').textContent())
      .toContain('paraît compatible')
    const preview = (await page.locator('[data-preview]').textContent()) ?? ''
    const sent = Date.now()
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-fields]').textContent()).toContain('Répondue')

    await applicant.reload()
    await expect
      .poll(() => applicant.locator('#suivi').textContent())
      .toContain('paraît compatible')
    const mail = await latestMailTo('demandeur.e2e@example.fr', sent)
    expect(mail).toContain(reference)
    expect(preview).toContain(`Objet : Réponse de l’UDAP à votre demande ${reference}`)
    await applicant.close()
    await page.close()
  })

  it('axe finds nothing on the sign-in, inbox and request pages, in either theme, at phone and desktop widths', async () => {
    const state = await context.storageState()
    const report: string[] = []
    const paths = [
      '/espace-agent/connexion/',
      '/espace-agent/',
      `/espace-agent/demande/?reference=${reference}`,
    ]
    for (const path of paths)
      for (const viewport of [
        { width: 375, height: 740 },
        { width: 1280, height: 900 },
      ])
        for (const theme of ['light', 'dark'] as const) {
          const page = await openInTheme(chromium, path, theme, requestsShown, {
            viewport,
            storageState: state,
          })
          for (const found of await axeViolations(page))
            report.push(`${path} [${viewport.width}, ${theme}] ${found}`)
          await page.context().close()
        }
    expect(report).toEqual([])
    await context.close()
  })
})
