// The agents' workspace in the audit sample (docs/accessibilite/grille-rgaa.json): what axe cannot
// check, measured as on the public pages (tests/e2e/display-adaptation.e2e.ts) — reflow at
// 320 px, text spacing, target sizes, text at 200 %, a visible focus on every element the Tab key
// reaches — on the sign-in page, the inbox and a request, signed in as an agent of UDAP 69.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { agentSession } from './support/agent-session.ts'
import { baseUrl, useChromium } from './support/browser.ts'
import {
  clippedText,
  focusWalk,
  horizontalOverflow,
  smallTargets,
  textSpacing,
} from './support/display-measures.ts'

const mailDir = inject('mailDir')
const chromium = useChromium()
let paths: string[] = []
let reference = ''
let session: Awaited<ReturnType<typeof agentSession>>

beforeAll(async () => {
  const response = await fetch(`${baseUrl}/api/consultations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validConsultation({ email: 'affichage.agent@example.fr' })),
  })
  reference = ((await response.json()) as { reference: string }).reference
  session = await agentSession(chromium.browser, baseUrl, mailDir, 'agent.rhone@example.fr')
  paths = [
    '/espace-agent/connexion/',
    '/espace-agent/',
    `/espace-agent/demande/?reference=${reference}`,
  ]
}, 300_000)

const pageAt = (width: number): Promise<Page> =>
  chromium.page({
    viewport: { width, height: 800 },
    reducedMotion: 'reduce',
    bypassCSP: true,
    storageState: session,
    timeout: 120_000,
  })

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(
    () =>
      document.readyState === 'complete' &&
      !document.querySelector('agent-inbox [data-summary]')?.textContent?.includes('Chargement') &&
      !document
        .querySelector('agent-request [data-status]:not([hidden])')
        ?.textContent?.includes('Chargement'),
  )
}

describe('display adaptation in the agents’ workspace', { timeout: 600_000 }, () => {
  it('reflows at 320 px (tables scroll in their own box), with text spacing and 24 px targets', async () => {
    const report: string[] = []
    const page = await pageAt(320)
    for (const path of paths) {
      await visit(page, path)
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) report.push(`${path}: scrolls ${overflow} px sideways at 320 px`)
      for (const target of await smallTargets(page)) report.push(`${path}: small target ${target}`)
      await page.addStyleTag({ content: textSpacing })
      for (const cut of await clippedText(page)) report.push(`${path}: spaced text cut in ${cut}`)
    }
    await page.context().close()
    expect(report).toEqual([])
  })

  it('shows the focus on every element the Tab key reaches, and reads at 200 % zoom', async () => {
    const report: string[] = []
    const page = await pageAt(1280)
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 800 })
      await visit(page, path)
      for (const problem of await focusWalk(page)) report.push(`${path}: ${problem}`)
      await page.setViewportSize({ width: 640, height: 400 })
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) report.push(`${path}: scrolls ${overflow} px sideways at 200 %`)
      for (const cut of await clippedText(page)) report.push(`${path}: text cut at 200 % in ${cut}`)
    }
    await page.context().close()
    expect(report).toEqual([])
  })

  it('titles a request’s page with its reference (RGAA 8.6)', async () => {
    const page = await pageAt(1280)
    await visit(page, `/espace-agent/demande/?reference=${reference}`)
    expect(await page.title()).toMatch(new RegExp(`^Espace agent : demande ${reference} — `))
    await page.context().close()
  })
})
