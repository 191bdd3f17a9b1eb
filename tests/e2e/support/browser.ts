import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'

/** Base URL of the local server of the run (`npm start`, started by the global setup). */
export const baseUrl = inject('baseUrl')

/** Debian's Chromium, headless, without the background requests this closed network refuses. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** What a page of the suite is unless a test says otherwise: a desktop width, in French. */
const defaults: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' }

export interface PageOptions extends BrowserContextOptions {
  /** How long actions and waits of the page may take (a busy machine is slow, not wrong). */
  timeout?: number
}

export interface Chromium {
  /** The file's browser (launched before its tests). */
  readonly browser: Browser
  /** A context of the suite's defaults, for a test that keeps it across tests and closes it. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
  /** A page in a context of its own (axe needs one), closed after the test that opened it. */
  page(options?: PageOptions): Promise<Page>
}

/**
 * The one browser setup of the e2e files: Chromium launched before the file's tests (after the
 * pages of `warmUp` were loaded once, so that the emulator bundles its functions and reads the
 * assets outside the clock of a test) and closed after them; pages opened by `page()` are
 * closed after each test.
 */
export function useChromium({
  warmUp = [],
  timeout = 60_000,
}: {
  /** Paths loaded once before the tests (pages, API addresses). */
  warmUp?: string[]
  /** The pages' default timeout. */
  timeout?: number
} = {}): Chromium {
  let browser: Browser | undefined
  const opened: BrowserContext[] = []
  const session: Chromium = {
    get browser() {
      if (!browser) throw new Error('Chromium is launched before the tests (beforeAll)')
      return browser
    },
    newContext: (options = {}) => session.browser.newContext({ ...defaults, ...options }),
    async page({ timeout: pageTimeout = timeout, ...options } = {}) {
      const context = await session.newContext(options)
      opened.push(context)
      const page = await context.newPage()
      page.setDefaultTimeout(pageTimeout)
      return page
    },
  }
  beforeAll(async () => {
    browser = await launchChromium()
    if (warmUp.length === 0) return
    const page = await session.page({ timeout: 300_000 })
    for (const path of warmUp) await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
    await page.context().close()
  }, 320_000)
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()))
  })
  afterAll(() => browser?.close())
  return session
}
