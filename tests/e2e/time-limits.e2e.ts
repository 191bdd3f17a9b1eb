// RGAA 13.1 (time limits): the anti-spam challenge fetched with the page expires; a slow person
// must still be able to send, without reloading, their answers and chosen documents kept.
import { createHash } from 'node:crypto'
import type { Page, Request } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'
import { fillContact, fillProject, fillWorks, next } from './support/consultation-steps.ts'
import { samplePdf } from './support/sample-files.ts'

const chromium = useChromium()
let page: Page

beforeEach(async () => {
  page = await chromium.page()
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const summary = document.querySelector('[data-error-summary]')
      if (summary?.textContent?.trim()) sessionStorage.setItem('errorsShown', summary.textContent)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
})

/** A challenge the browser can solve, whose lifetime ended a minute ago (as after an hour). */
function expiredChallenge() {
  const now = Math.floor(Date.now() / 1000)
  const salt = `0a1b2c3d4e5f?shown=${(now - 3660) * 1000}&expires=${now - 60}&`
  return {
    algorithm: 'SHA-256',
    challenge: createHash('sha256').update(`${salt}7`).digest('hex'),
    maxnumber: 10,
    salt,
    signature: 'f'.repeat(64),
  }
}

/** When the challenge sent with a consultation stops being accepted (seconds). */
function sentExpiry(request: Request): number {
  const { altcha } = request.postDataJSON() as { altcha: string }
  const { salt } = JSON.parse(atob(altcha)) as { salt: string }
  return Number(new URLSearchParams(salt.split('?')[1]).get('expires'))
}

async function fillWithDocument(): Promise<void> {
  await page.goto(`${baseUrl}/demander-un-conseil/`, { waitUntil: 'domcontentloaded' })
  await fillProject(page)
  await next(page, 'Les travaux')
  await fillWorks(page)
  await next(page, 'Vos documents')
  await page
    .getByLabel(/Ajouter des photos ou des plans/)
    .setInputFiles([{ name: 'plan.pdf', mimeType: 'application/pdf', buffer: samplePdf() }])
  await next(page, 'Vos coordonnées')
  await fillContact(page, 'lente@example.fr')
  await next(page, 'Vérification')
  await page.getByText('J’accepte que l’UDAP utilise').click()
}

/** Sends, then waits for the confirmation: the document was sent too, nothing was lost. */
async function sendAndExpectConfirmation(): Promise<void> {
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
  await page.waitForURL(/\/confirmation\/#/, { timeout: 120_000 })
  // No error was ever shown on the way (kept across the navigation).
  expect(await page.evaluate(() => sessionStorage.getItem('errorsShown'))).toBeNull()
}

describe('the anti-spam challenge’s lifetime', () => {
  it('is renewed before sending when the one fetched with the page has expired', async () => {
    let served = 0
    await page.route('**/api/challenge', (route) =>
      served++ === 0
        ? route.fulfill({ json: expiredChallenge(), headers: { 'Cache-Control': 'no-store' } })
        : route.continue(),
    )
    const posts: Request[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/consultations'))
        posts.push(request)
    })
    await fillWithDocument()
    const uploads: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/uploads/')) uploads.push(request.url())
    })
    await sendAndExpectConfirmation()
    expect(served).toBe(2)
    expect(posts).toHaveLength(1)
    expect(sentExpiry(posts[0] as Request)).toBeGreaterThan(Date.now() / 1000)
    expect(uploads.length).toBeGreaterThan(0)
  }, 300_000)

  it('is renewed and the request sent again, once and silently, when the server says it expired', async () => {
    const posts: Request[] = []
    await page.route('**/api/consultations', (route) => {
      posts.push(route.request())
      return posts.length === 1
        ? route.fulfill({
            status: 400,
            json: {
              error: 'Votre demande contient des erreurs. Corrigez les champs indiqués.',
              errors: [{ field: 'altcha', message: 'Le délai de sécurité de la page a expiré.' }],
            },
          })
        : route.continue()
    })
    let challenges = 0
    page.on('request', (request) => {
      if (request.url().endsWith('/api/challenge')) challenges++
    })
    await fillWithDocument()
    await sendAndExpectConfirmation()
    expect(posts).toHaveLength(2)
    expect(challenges).toBe(2)
    const [first, second] = posts.map((post) => (post.postDataJSON() as { altcha: string }).altcha)
    expect(second).not.toBe(first)
  }, 300_000)
})
