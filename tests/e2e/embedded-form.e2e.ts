// A partner's page on another origin embeds the form with the host script: the frame has a
// title, follows the form's height, is prefilled and themed by the script's attributes, and submits.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, useChromium } from './support/browser.ts'
import { fillProject, fillWorks, next, sendAs } from './support/consultation-steps.ts'

const chromium = useChromium()
let host: Server
let hostUrl: string

beforeAll(async () => {
  // 127.0.0.1 while the site is on localhost: another origin, as a partner's site is.
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie d’exemple</title></head>
<body><h1>Urbanisme</h1><script src="${baseUrl}/embed/dedale-embed.js" data-protection="spr" data-works-types="toiture" data-theme="dark" async></script></body></html>`)
  })
  host.listen(0, '127.0.0.1')
  await new Promise((resolve) => host.once('listening', resolve))
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`
})
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve))
})

describe('the form embedded in a partner’s page', { timeout: 300_000 }, () => {
  it('has a titled frame that follows the form’s height, is prefilled and submits', async () => {
    const page = await chromium.page({ viewport: { width: 1000, height: 800 } })
    await page.goto(hostUrl)
    const iframe = page.locator('iframe')
    expect(await iframe.getAttribute('title')).toBe(
      'Demander un conseil à l’UDAP (formulaire du ministère de la Culture)',
    )
    const frame = page.frameLocator('iframe')
    await frame.locator('#etapes-nom').waitFor()
    const content = await (await iframe.elementHandle())?.contentFrame()
    if (!content) throw new Error('the frame has no content')
    expect(new URL(content.url()).searchParams.get('origine')).toBe(hostUrl.replace(/\/$/, ''))
    expect(await content.locator('html').getAttribute('data-fr-theme')).toBe('dark')
    expect(await content.getByLabel('Protection connue').inputValue()).toBe('spr')

    const frameHeight = () => iframe.evaluate((element) => element.getBoundingClientRect().height)
    const contentHeight = () =>
      content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
    await expect.poll(frameHeight, { timeout: 30_000 }).toBe(await contentHeight())
    const firstStep = await frameHeight()

    await fillProject(content)
    await next(content, 'Les travaux')
    await expect
      .poll(async () => (await frameHeight()) === (await contentHeight()), { timeout: 30_000 })
      .toBe(true)
    expect(await frameHeight()).not.toBe(firstStep)
    expect(await content.locator('#worksTypes-toiture').isChecked()).toBe(true)
    await fillWorks(content)
    await next(content, 'Vos documents')
    await sendAs(content, 'cadre.partenaire@example.fr')
    await content.waitForURL(/\/embed\/demander-un-conseil\/confirmation\/\?.*#[\w-]{43}$/, {
      timeout: 180_000,
    })
    await expect
      .poll(() => content.locator('#confirmation').textContent(), { timeout: 60_000 })
      .toMatch(/Référence de votre demande : 69-\d{4}-\d{5}/)
    expect(await content.locator('#confirmation-suivi').getAttribute('target')).toBe('_blank')
    await page.close()
  })
})
