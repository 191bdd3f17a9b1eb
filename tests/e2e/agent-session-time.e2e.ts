// RGAA 13.1 (time limits) in the agents' workspace: the session lasts an hour. Five minutes
// before it ends, the page says so in its live region (the focus stays where the agent works),
// the keyboard reaches « Prolonger ma session », and the session goes on; once it has ended,
// or once the server refuses it, the page stays with what was typed and offers to sign in
// again in another tab, after which sending works. The page's clock is driven by Playwright.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { agentSession, latestMailTo } from './support/agent-session.ts'
import { axeViolations } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'
import { tabTo } from './support/keyboard.ts'
import { focusedElement, liveMessages, recordLiveMessages } from './support/live-regions.ts'

const mailDir = inject('mailDir')
const agentEmail = 'agent.rhone@example.fr'
// The emulator bundles each function at its first call: the extension's too, before the clock runs.
const chromium = useChromium({
  warmUp: ['/espace-agent/', '/api/agent/session', '/api/agent/session/prolonger'],
})
const answerText = 'Bonjour, les fenêtres en bois à l’identique conviennent. Précisez la teinte.'
let reference = ''
let session: Awaited<ReturnType<typeof agentSession>>

beforeAll(async () => {
  const response = await fetch(`${baseUrl}/api/consultations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validConsultation({ email: 'session.agent@example.fr' })),
  })
  reference = ((await response.json()) as { reference: string }).reference
  session = await agentSession(chromium.browser, baseUrl, mailDir, agentEmail)
}, 300_000)

/** The request page, signed in, loaded, its live regions recorded. */
async function requestPage(options: { clock: boolean }): Promise<Page> {
  const page = await chromium.page({ storageState: session, timeout: 120_000 })
  await recordLiveMessages(page)
  if (options.clock) await page.clock.install()
  await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
  await page.locator('agent-request [data-loaded]').waitFor({ state: 'visible' })
  return page
}

/** When the session of the page's cookies ends, as the server says (ms). */
const sessionEnd = (page: Page) =>
  page.evaluate(async () => {
    const answer = (await (await fetch('/api/agent/session')).json()) as { expiresAt: string }
    return Date.parse(answer.expiresAt)
  })

/**
 * Moves the page's clock forward by the time left until `at` on the server's clock (ms), firing
 * the timers due on the way once, as a computer woken from sleep. The page's clock is then
 * ahead of the server's: the page corrects it with the server's Date header.
 */
async function advanceUntil(page: Page, at: number): Promise<void> {
  await page.clock.fastForward(at - Date.now())
}

const said = (page: Page, pattern: RegExp) =>
  expect.poll(async () => (await liveMessages(page)).some((text) => pattern.test(text)))

describe('the agent’s session time limit', { timeout: 300_000 }, () => {
  it('warns 5 minutes before the end, extends it from the keyboard, then keeps the text once it ends', async () => {
    const page = await requestPage({ clock: true })
    const answer = page.locator('#answer')
    await answer.focus()
    await page.keyboard.type(answerText)
    const end = await sessionEnd(page)
    expect(end - Date.now()).toBeGreaterThan(50 * 60_000)
    expect(await liveMessages(page)).not.toContainEqual(expect.stringMatching(/session expire/))

    await advanceUntil(page, end - 5 * 60_000 + 1000)
    await said(
      page,
      /^Votre session expire à \d\d h \d\d\. Prolongez-la pour garder votre travail\./,
    ).toBe(true)
    expect(await focusedElement(page)).toBe('answer')
    expect(await axeViolations(page)).toEqual([])

    await tabTo(page, 'agent-session-notice button')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Prolonger ma session',
    )
    await page.keyboard.press('Enter')
    await said(page, /^Session prolongée jusqu’à \d\d h \d\d\.$/).toBe(true)
    const extended = await sessionEnd(page)
    expect(extended).toBeGreaterThan(end)
    expect(await answer.inputValue()).toBe(answerText)
    // Back to the field the agent was typing in, never lost on the page's body.
    expect(await focusedElement(page)).toBe('answer')

    await advanceUntil(page, extended + 1000)
    await said(page, /^Votre session a expiré\. Ce que vous avez saisi reste sur cette page/).toBe(
      true,
    )
    const signIn = page.getByRole('link', { name: 'Se reconnecter dans un nouvel onglet' })
    expect(await signIn.getAttribute('target')).toBe('_blank')
    expect(await signIn.getAttribute('href')).toBe('/espace-agent/connexion/')
    expect(page.url()).toContain(`/espace-agent/demande/?reference=${reference}`)
    expect(await answer.inputValue()).toBe(answerText)
    expect(await focusedElement(page)).toBe('answer')
  })

  it('keeps the page and the text when the server refuses the session, and sends once signed in again in another tab', async () => {
    const page = await requestPage({ clock: false })
    const note = 'À voir avec l’architecte des Bâtiments de France jeudi.'
    await page.locator('#answer').fill(answerText)
    await page.locator('#note').focus()
    await page.keyboard.type(note)
    await page.context().clearCookies()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter') // « Enregistrer la note »
    await said(page, /^Votre session a expiré\./).toBe(true)
    await expect
      .poll(() => page.locator('#note-messages').textContent())
      .toMatch(/Votre session a expiré : votre texte est gardé/)
    expect(page.url()).toContain(`/espace-agent/demande/?reference=${reference}`)
    expect(await page.locator('#note').inputValue()).toBe(note)
    expect(await page.locator('#answer').inputValue()).toBe(answerText)

    // The link opens the sign-in page in another tab of the same browser (same cookies).
    const [signInTab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Se reconnecter dans un nouvel onglet' }).click(),
    ])
    await signInTab.waitForURL(/\/espace-agent\/connexion\/$/)
    const asked = Date.now()
    await signInTab.locator('#email').fill(agentEmail)
    await signInTab.locator('#email').press('Enter')
    const code = / est : (\d{6})/.exec(await latestMailTo(mailDir, agentEmail, asked))?.[1] ?? ''
    await signInTab.locator('#code').fill(code)
    await signInTab.locator('#code').press('Enter')
    await signInTab.waitForURL(`${baseUrl}/espace-agent/`)

    await page.bringToFront()
    await page.getByRole('button', { name: 'Enregistrer la note' }).click()
    await expect
      .poll(() => page.locator('agent-request [data-done]').textContent())
      .toBe('C’est enregistré.')
    expect(await page.locator('#answer').inputValue()).toBe(answerText)
  })
})
