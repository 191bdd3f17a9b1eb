import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'

type StorageState = Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>>

/** The newest e-mail to `recipient` in the local mailbox sent after `after` (ms), within 30 s. */
export async function latestMailTo(mailDir: string, recipient: string, after: number) {
  // Polled by hand: expect.poll works only inside a test, and sessions open in beforeAll.
  for (let tries = 0; tries < 60; tries++) {
    const files = (await readdir(mailDir).catch(() => [] as string[])).sort().reverse()
    for (const file of files) {
      const text = await readFile(join(mailDir, file), 'utf8')
      const date = Date.parse(/^Date: (.+)$/m.exec(text)?.[1] ?? '')
      if (text.includes(`To: ${recipient}`) && date >= after - 1000)
        return text.replace(/=\r?\n/g, '')
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no e-mail to ${recipient} in ${mailDir}`)
}

/** Signs an agent in with the code from the local mailbox: the session's cookies, to reuse. */
export async function agentSession(
  browser: Browser,
  baseUrl: string,
  mailDir: string,
  email: string,
): Promise<StorageState> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${baseUrl}/espace-agent/connexion/`)
  const asked = Date.now()
  await page.locator('#email').fill(email)
  await page.locator('#email').press('Enter')
  const code = / est : (\d{6})/.exec(await latestMailTo(mailDir, email, asked))?.[1] ?? ''
  await page.locator('#code').fill(code)
  await page.locator('#code').press('Enter')
  await page.waitForURL(`${baseUrl}/espace-agent/`)
  const state = await context.storageState()
  await context.close()
  return state
}
