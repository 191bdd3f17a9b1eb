// The site's frame in a browser: display settings (theme), navigation state, search filters and
// search without a network. Pages are used once their HTML is parsed: the machines running the
// suite can be slow to fire "load".
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'

const chromium = useChromium()
let page: Page
beforeEach(async () => {
  page = await chromium.page()
})

const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))

describe('the display settings', () => {
  it('open from the footer with the keyboard, and "Thème sombre" turns the site dark', async () => {
    await page.goto(`${baseUrl}/parcours/`, { waitUntil: 'domcontentloaded' })
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-fr-js'))
    const button = page.getByRole('button', { name: 'Paramètres d’affichage' })
    await button.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Paramètres d’affichage' })
    await dialog.waitFor()
    await dialog.getByText('Thème sombre').click()
    await expect.poll(theme, { timeout: 30_000 }).toBe('dark')
    // The choice is kept from one page to the next.
    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' })
    await expect.poll(theme, { timeout: 30_000 }).toBe('dark')
  }, 240_000)
})

describe('the main navigation', () => {
  it('marks the current section and the current page', async () => {
    await page.goto(`${baseUrl}/parcours/preparer-mon-projet/`, { waitUntil: 'domcontentloaded' })
    const nav = page.getByRole('navigation', { name: 'Menu principal' })
    expect(await nav.getByRole('link', { name: 'Le parcours' }).getAttribute('aria-current')).toBe(
      'true',
    )
    const side = page.getByRole('navigation', { name: 'Le parcours en 4 étapes' })
    expect(
      await side.getByRole('link', { name: /préparer mon projet/i }).getAttribute('aria-current'),
    ).toBe('page')
  }, 240_000)
})

describe('the search page', () => {
  it('keeps searching once the network is gone', async () => {
    await page.goto(`${baseUrl}/recherche/?q=architecte`, { waitUntil: 'domcontentloaded' })
    const status = page.locator('#recherche-statut')
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/résultats? pour « architecte »/)
    await page.context().setOffline(true)
    await page.getByLabel('Rechercher sur le site').last().fill('préfet de région')
    await page.getByLabel('Rechercher sur le site').last().press('Enter')
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/résultats? pour « préfet de région »/)
    const links = await page
      .locator('#recherche-resultats a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toContain('/parcours/deposer-et-suivre-ma-demande/')
  }, 240_000)

  it('narrows the results to one section and back', async () => {
    await page.goto(`${baseUrl}/recherche/?q=conseil`, { waitUntil: 'domcontentloaded' })
    const status = page.locator('#recherche-statut')
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/résultats? pour « conseil »/)
    const filter = page.getByRole('button', { name: /^Le parcours en 4 étapes \(\d+\)$/ })
    await filter.click()
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/dans « Le parcours en 4 étapes »/)
    expect(await filter.getAttribute('aria-pressed')).toBe('true')
    const links = await page
      .locator('#recherche-resultats a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
    expect(links.length).toBeGreaterThan(0)
    expect(links.every((href) => href.startsWith('/parcours/'))).toBe(true)
    expect(page.url()).toContain('rubrique=')
    await page.getByRole('button', { name: /^Le parcours en 4 étapes/ }).click()
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).not.toMatch(/dans «/)
  }, 240_000)
})
