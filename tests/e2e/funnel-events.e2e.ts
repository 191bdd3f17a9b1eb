// The funnel events a deployment with Matomo receives: labels of the journey's steps, never what
// was typed. The pages are served as built with MATOMO_URL set (the two meta tags the build
// writes are added on the way), and Matomo is a stand-in answering at the network boundary.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { consultationSteps } from '../../src/domain/consultation-steps.ts'
import { baseUrl, useChromium } from './support/browser.ts'

const matomo = 'https://matomo.test'
const chromium = useChromium({ timeout: 90_000 })
let page: Page
let events: URLSearchParams[]

beforeEach(async () => {
  // The built CSP names the Matomo origin only when the site is built with it (tested on the
  // build itself); here the pages of the default build are reused.
  page = await chromium.page({ bypassCSP: true })
  events = []
  await page.route('**/*', async (route) => {
    const request = route.request()
    if (request.url().startsWith(matomo)) {
      events.push(new URLSearchParams(request.postData() ?? ''))
      return route.fulfill({ status: 204 })
    }
    if (request.resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    const body = (await response.text()).replace(
      '</head>',
      `<meta name="matomo-url" content="${matomo}"><meta name="matomo-site-id" content="7"></head>`,
    )
    return route.fulfill({ response, body })
  })
})

const eventsOf = (category: string) =>
  events
    .filter((event) => event.get('e_c') === category)
    .map((event) => [event.get('e_a'), event.get('e_n')])

describe('funnel events sent to Matomo', () => {
  it('marks the questionnaire started at the first answer, then its result shown', async () => {
    await page.goto(`${baseUrl}/quelle-demarche/`)
    await page.locator('#questionnaire input:not([type=hidden])').first().check({ force: true })
    await expect.poll(() => eventsOf('Questionnaire')).toEqual([['Commencé', null]])
    events = []
    await page.goto(
      `${baseUrl}/quelle-demarche/?protection=spr&travaux=facade_ravalement&entretien=non&erp=non`,
    )
    await page.locator('#resultat-titre').waitFor()
    await expect.poll(() => eventsOf('Questionnaire')).toEqual([['Résultat affiché', null]])
  })

  it('marks each step of the form reached, by its name only', async () => {
    await page.goto(`${baseUrl}/demander-un-conseil/`)
    await page.getByLabel('Adresse du projet').fill('7 quai de Bondy')
    await expect
      .poll(() => eventsOf('Demande de conseil'))
      .toEqual([['Étape atteinte', consultationSteps[0]?.title]])
    await page.getByRole('button', { name: 'Continuer' }).click()
    // Nothing typed ever leaves: the step with errors stays, no new event, no address.
    expect(events.map(String).join('\n')).not.toContain('Bondy')
  })
})
