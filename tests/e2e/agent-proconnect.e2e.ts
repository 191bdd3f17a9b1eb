// ProConnect on `npm start`, in the browser, against a local OpenID provider of ProConnect's
// shape (tests/support/fake-proconnect.ts): the button is shown; an invited agent goes through
// ProConnect and lands on the inbox, then signs out of both; a civil servant ProConnect vouches
// for but who is not an invited agent is sent back with a clear refusal; a forged return too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'

const chromium = useChromium()

async function throughProConnect(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/espace-agent/connexion/`)
  const button = page.getByRole('link', { name: 'S’identifier avec ProConnect' })
  await button.waitFor()
  await button.click()
  await page.getByLabel('Adresse e-mail professionnelle').fill(email)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

const alert = (page: Page) => page.locator('[data-proconnect-problem]')

describe('signing in with ProConnect', { timeout: 120_000 }, () => {
  it('an invited agent lands on the inbox with an ordinary session, and signs out of ProConnect too', async () => {
    const page = await chromium.page()
    await throughProConnect(page, 'agent.rhone@example.fr')
    await page.waitForURL(`${baseUrl}/espace-agent/`)
    const rows = page.locator('agent-inbox [data-rows] tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(0)
    const references = await page
      .locator('agent-inbox [data-rows] tr td:first-child a')
      .allTextContents()
    expect(references.every((text) => text.startsWith('69-'))).toBe(true)
    await expect
      .poll(() => page.locator('agent-session-bar [data-who]').textContent())
      .toContain('Rhône')

    await page.locator('agent-session-bar [data-sign-out]').click()
    await page.waitForURL(`${baseUrl}/espace-agent/connexion/?deconnexion=proconnect`)
    await expect
      .poll(() => page.locator('agent-sign-in [data-status]').textContent())
      .toContain('déconnecté')
    const session = await page.evaluate(() => fetch('/api/agent/session').then((r) => r.status))
    expect(session).toBe(401)
  })

  it('a civil servant who is not an invited agent is refused with a clear message', async () => {
    const page = await chromium.page()
    await throughProConnect(page, 'dominique.martin@interieur.gouv.fr')
    await page.waitForURL(`${baseUrl}/espace-agent/connexion/?proconnect=refuse`)
    await expect
      .poll(() => alert(page).textContent())
      .toContain('Votre compte ProConnect n’a pas accès à l’espace agent')
    expect(await alert(page).textContent()).toContain('Demandez une invitation')
  })

  it('a return whose state is not this browser’s is refused', async () => {
    const page = await chromium.page()
    await page.goto(`${baseUrl}/api/agent/proconnect/retour?code=forged&state=${'x'.repeat(43)}`)
    await page.waitForURL(`${baseUrl}/espace-agent/connexion/?proconnect=etat`)
    await expect
      .poll(() => alert(page).textContent())
      .toContain('La connexion avec ProConnect n’a pas pu être vérifiée')
  })
})
