import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from './tests/e2e/support/browser.ts'
import { serveAdmin, startDecapServer } from './tests/e2e/support/cms-backend.ts'
const work = await mkdtemp(join(tmpdir(), 'cms-e2e-'))
await cp('content', join(work, 'content'), { recursive: true })
const proxy = await startDecapServer(work)
const { origin, server } = await serveAdmin('dist', proxy.url)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)))
await page.goto(`${origin}/admin/`)
await page.getByRole('button', { name: 'Se connecter' }).click()
await page.getByText('Pages générales').first().waitFor()
await page.goto(`${origin}/admin/#/collections/donnees/entries/glossaire`)
await page.waitForTimeout(4000)
const items = page.locator('[id^="items-field-"] > div > [class*="listControlItem"]')
console.log('count', await items.count())
const b13 = items.nth(13).locator('button').first()
console.log('visible', await b13.isVisible(), await items.nth(13).evaluate((e) => e.outerHTML.replace(/<svg[\s\S]*?<\/svg>/g, '').slice(0, 600)))
await browser.close(); server.close(); proxy.stop()
