// The agents' workspace on `npm start`, keyboard only: an agent of UDAP 69 signs in with the
// code from the local mailbox, sees only UDAP 69's requests, takes one, asks for a complement;
// the applicant answers from the tracking page with a message and a PDF; the agent sees both (the
// PDF in the timeline, among the documents, previewed inline) and answers with a template;
// the applicant sees the answer. axe on every workspace page, both themes, phone and desktop.
// The responsable invites an agent (who then signs in), publishes the UDAP's contact details
// (shown dated on /contacter-votre-udap/), writes a reply template and redirects a request to
// another UDAP.
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { validConsultation } from '../support/consultation-fixtures.ts'
import { latestMailTo as mailIn } from './support/agent-session.ts'
import { axeInEveryDisplay, axeViolations } from './support/axe.ts'
import { baseUrl, useChromium } from './support/browser.ts'
import { samplePdf } from './support/sample-files.ts'

const mailDir = inject('mailDir')
const agentEmail = 'agent.rhone@example.fr'

const chromium = useChromium({ warmUp: ['/espace-agent/', '/api/agent/session'] })

/** Presses Tab until the element has the focus: the keyboard, and nothing else, gets there. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

const latestMailTo = (recipient: string, after: number) => mailIn(mailDir, recipient, after)

/**
 * An action that reaches the applicant asks first (RGAA 11.12): the confirmation has the focus,
 * and the keyboard confirms it.
 */
async function confirmWith(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-confirmation')))
    .toBe(true)
  await tabTo(page, page.getByRole('button', { name }))
  await page.keyboard.press('Enter')
}

async function submitRequest(): Promise<{ reference: string; trackingUrl: string }> {
  const response = await fetch(`${baseUrl}/api/consultations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validConsultation({ email: 'demandeur.e2e@example.fr' })),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { reference: string; trackingUrl: string }
}

const status = (page: Page) => page.locator('agent-request [data-done]')

/** The inbox and the request page are checked once their requests are shown. */
const requestsShown = () =>
  !document.querySelector('agent-inbox [data-summary]')?.textContent?.includes('Chargement') &&
  !document
    .querySelector('agent-request [data-status]:not([hidden])')
    ?.textContent?.includes('Chargement')

describe('the agents’ workspace', { timeout: 300_000 }, () => {
  let context: BrowserContext
  let reference = ''
  let trackingUrl = ''

  it('signs in with the code from the local mailbox, keyboard only, and comes back to the inbox', async () => {
    const submitted = await submitRequest()
    reference = submitted.reference
    trackingUrl = submitted.trackingUrl
    context = await chromium.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/`)
    await page.waitForURL(/\/espace-agent\/connexion\/\?retour=/)
    const asked = Date.now()
    await tabTo(page, page.locator('#email'))
    await page.keyboard.type(agentEmail)
    await page.keyboard.press('Enter')
    const mail = await latestMailTo(agentEmail, asked)
    const code = / est : (\d{6})/.exec(mail)?.[1] ?? ''
    expect(code).toMatch(/^\d{6}$/)
    await expect
      .poll(() => page.locator('#code').evaluate((el) => el === document.activeElement))
      .toBe(true)
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}/espace-agent/`)
    expect(
      await page.evaluate(
        () =>
          localStorage.length === 0 ||
          Object.keys(localStorage).every((key) => !key.includes('agent')),
      ),
    ).toBe(true)

    const rows = page.locator('agent-inbox [data-rows] tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(0)
    const references = await page
      .locator('agent-inbox [data-rows] tr td:first-child a')
      .allTextContents()
    expect(references.every((text) => text.startsWith('69-'))).toBe(true)
    await tabTo(page, page.locator('#search'))
    await page.keyboard.type(reference)
    await page.keyboard.press('Enter')
    await page.waitForURL(/search=/)
    const link = page.getByRole('link', { name: reference })
    await expect.poll(() => link.count()).toBe(1)
    await tabTo(page, link)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/espace-agent\/demande\/\?reference=/)
    await page.close()
  })

  it('takes the request, asks for a complement, sees a refused action explained, keyboard only', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
    const take = page.getByRole('button', { name: 'Je m’en occupe' })
    await take.waitFor()
    await tabTo(page, take)
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toBe('C’est enregistré.')
    expect(await page.locator('[data-fields]').textContent()).toContain(
      'Camille Rhône (démonstration)',
    )

    await tabTo(page, page.locator('#complement-motivation'))
    await page.keyboard.type('Merci d’envoyer une photo de la façade actuelle.')
    await tabTo(page, page.getByRole('button', { name: 'Demander le complément' }))
    await page.keyboard.press('Enter')
    await confirmWith(page, 'Confirmer la demande de complément')
    await expect
      .poll(() => page.locator('[data-fields]').textContent())
      .toContain('Complément demandé')

    await tabTo(page, page.locator('#answer'))
    await page.keyboard.type('Réponse trop tôt.')
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }))
    await page.keyboard.press('Enter')
    // "Modifier" sends nothing and goes back to the answer.
    await expect.poll(() => page.locator('[data-confirmation]').count()).toBe(1)
    await tabTo(page, page.getByRole('button', { name: 'Modifier' }))
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer')
    expect(await page.locator('[data-confirmation]').count()).toBe(0)
    expect(await page.locator('#answer-messages').textContent()).toBe('')
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }))
    await page.keyboard.press('Enter')
    await confirmWith(page, 'Confirmer l’envoi de la réponse')
    await expect
      .poll(() => page.locator('#answer-messages').textContent())
      .toMatch(/Changement de statut impossible/)
    await page.close()
  })

  it('the applicant answers from the tracking page with a message and a PDF; the agent sees both and answers with a template', async () => {
    const applicant = await chromium.page()
    await applicant.goto(trackingUrl)
    const message = applicant.locator('#complement-message')
    await message.waitFor()
    // The document first, through the tracking page's own upload, then the message.
    await applicant.getByLabel(/Ajouter des photos ou des plans/).setInputFiles([
      {
        name: 'facade-actuelle.pdf',
        mimeType: 'application/pdf',
        buffer: samplePdf('Facade actuelle'),
      },
    ])
    await tabTo(applicant, applicant.getByRole('button', { name: 'Envoyer les documents' }))
    await applicant.keyboard.press('Enter')
    await expect
      .poll(() => applicant.locator('#ajout-documents-annonce').textContent(), { timeout: 60_000 })
      .toContain('Envoi terminé : 1 document envoyé.')
    await tabTo(applicant, message)
    await applicant.keyboard.type('Voici la photo demandée, envoyée par courrier.')
    await tabTo(applicant, applicant.getByRole('button', { name: 'Envoyer ma réponse' }))
    await applicant.keyboard.press('Enter')
    await expect
      .poll(() => applicant.locator('complement-answer [data-sent]').textContent())
      .toMatch(/Votre réponse a été envoyée/)

    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
    // The page loads the request through the emulator: up to 90 s on a busy machine.
    await expect
      .poll(() => page.locator('[data-timeline]').textContent(), { timeout: 90_000 })
      .toContain('Voici la photo demandée, envoyée par courrier.')
    expect(await page.locator('[data-timeline]').textContent()).toContain('facade-actuelle.pdf')
    expect(await page.locator('[data-fields]').textContent()).toContain('En cours d’examen')
    // The PDF is among the documents, previewed inline once opened, and served as a PDF.
    const pdf = page.locator('[data-documents] li', { hasText: 'facade-actuelle.pdf' })
    await expect.poll(() => pdf.count()).toBe(1)
    await tabTo(page, pdf.locator('summary'), 200)
    await page.keyboard.press('Enter')
    const frame = pdf.locator('iframe')
    await frame.waitFor()
    expect(await frame.getAttribute('title')).toBe('Aperçu de facade-actuelle.pdf')
    const served = await page.evaluate(
      async (href) => {
        const response = await fetch(href)
        return { status: response.status, type: response.headers.get('content-type') }
      },
      (await frame.getAttribute('src')) ?? '',
    )
    expect(served).toEqual({ status: 200, type: 'application/pdf' })
    await tabTo(page, page.locator('#template'))
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => page.locator('[data-preview]').textContent())
      .toContain('paraît compatible')
    const preview = (await page.locator('[data-preview]').textContent()) ?? ''
    // What the agent then writes is never replaced by another template.
    await page.locator('#answer').focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Merci de votre patience.')
    await page.locator('#template').focus()
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => page.locator('#answer-messages').textContent())
      .toContain('Votre texte est gardé')
    expect(await page.locator('#answer').inputValue()).toMatch(
      /paraît compatible[\s\S]*Merci de votre patience\.$/,
    )
    const sent = Date.now()
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }))
    await page.keyboard.press('Enter')
    await confirmWith(page, 'Confirmer l’envoi de la réponse')
    await expect.poll(() => page.locator('[data-fields]').textContent()).toContain('Répondue')

    await applicant.reload()
    await expect
      .poll(() => applicant.locator('#suivi').textContent())
      .toContain('paraît compatible')
    const mail = await latestMailTo('demandeur.e2e@example.fr', sent)
    expect(mail).toContain(reference)
    expect(preview).toContain(`Objet : Réponse de l’UDAP à votre demande ${reference}`)
    await applicant.close()
    await page.close()
  })

  it('axe finds nothing on the sign-in, inbox and request pages, in either theme, at phone and desktop widths', async () => {
    const state = await context.storageState()
    const paths = [
      '/espace-agent/connexion/',
      '/espace-agent/',
      `/espace-agent/demande/?reference=${reference}`,
    ]
    expect(
      await axeInEveryDisplay(chromium, paths, requestsShown, { storageState: state }),
    ).toEqual([])
    await context.close()
  })
})

async function signIn(page: Page, email: string, path = '/espace-agent/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`)
  await page.waitForURL(/\/espace-agent\/connexion\/\?retour=/)
  const asked = Date.now()
  await tabTo(page, page.locator('#email'))
  await page.keyboard.type(email)
  await page.keyboard.press('Enter')
  const code = / est : (\d{6})/.exec(await latestMailTo(email, asked))?.[1] ?? ''
  await expect
    .poll(() => page.locator('#code').evaluate((el) => el === document.activeElement))
    .toBe(true)
  await page.keyboard.type(code)
  await page.keyboard.press('Enter')
  await page.waitForURL(`${baseUrl}${path}`)
}

describe('the responsable’s screens', { timeout: 300_000 }, () => {
  const responsable = 'agent.demo@example.fr'
  let context: BrowserContext

  it('shows the responsable their pages; they invite an agent, keyboard only, who then signs in', async () => {
    context = await chromium.newContext()
    const page = await context.newPage()
    await signIn(page, responsable)
    const team = page.getByRole('link', { name: 'Équipe' })
    await expect.poll(() => team.isVisible()).toBe(true)
    await tabTo(page, team)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}/espace-agent/equipe/`)
    await expect
      .poll(() => page.locator('agent-team [data-rows]').textContent())
      .toContain('Camille Rhône (démonstration)')

    await tabTo(page, page.locator('#display_name'))
    await page.keyboard.type('Lou Invitée')
    await tabTo(page, page.locator('#email'))
    await page.keyboard.type('pas-une-adresse')
    await tabTo(page, page.getByRole('button', { name: 'Envoyer l’invitation' }))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#email-messages').textContent()).toMatch(/Adresse e-mail/)
    await page.locator('#email').fill('')
    await page.keyboard.type('lou.invitee@example.fr')
    const invited = Date.now()
    await tabTo(page, page.getByRole('button', { name: 'Envoyer l’invitation' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('agent-team [data-rows]').textContent())
      .toContain('lou.invitee@example.fr')
    expect(await latestMailTo('lou.invitee@example.fr', invited)).toContain(
      '/espace-agent/connexion/',
    )

    const newcomer = await chromium.newContext()
    const theirs = await newcomer.newPage()
    await signIn(theirs, 'lou.invitee@example.fr')
    await expect
      .poll(() => theirs.locator('agent-session-bar [data-who]').textContent())
      .toContain('Lou Invitée')
    // An agent does not see the responsable's pages.
    expect(await theirs.getByRole('link', { name: 'Équipe' }).isVisible()).toBe(false)
    await newcomer.close()
    await page.close()
  })

  it('publishes the UDAP’s contact details, shown dated on the public page (axe clean there too)', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/udap/`)
    const phone = page.locator('#phone')
    await phone.waitFor({ state: 'visible' })
    await tabTo(page, page.locator('#address'))
    await page.keyboard.type('6 quai Saint-Vincent, 69001 Lyon')
    await tabTo(page, phone)
    await page.keyboard.type('appelez-nous')
    await tabTo(page, page.getByRole('button', { name: 'Publier les coordonnées' }))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#phone-messages').textContent()).toMatch(/^Téléphone :/)
    await phone.fill('04 72 00 00 00')
    await tabTo(page, page.getByRole('button', { name: 'Publier les coordonnées' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('agent-udap-contact [data-status]').textContent())
      .toMatch(/C’est publié\. .*publiées par l’UDAP le/)

    const visitorContext = await chromium.newContext()
    const visitor = await visitorContext.newPage()
    await visitor.goto(`${baseUrl}/contacter-votre-udap/#udap-69`)
    await expect
      .poll(() => visitor.locator('[data-udap-contact="69"]').textContent())
      .toMatch(/04 72 00 00 00.*Coordonnées publiées par l’UDAP le/s)
    expect(await visitor.locator('[data-udap-contact="01"]').textContent()).toMatch(/voir le/)
    expect(await axeViolations(visitor)).toEqual([])
    await visitorContext.close()
    await page.close()
  })

  it('writes a reply template and redirects a request to another UDAP, which gets it', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/espace-agent/modeles/`)
    await tabTo(page, page.locator('#title'))
    await page.keyboard.type('Visite sur place')
    await tabTo(page, page.locator('#body'))
    await page.keyboard.type('Bonjour, un agent de l’UDAP viendra voir le bâtiment.')
    await tabTo(page, page.getByRole('button', { name: 'Ajouter le modèle' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('agent-templates [data-status]').textContent())
      .toBe('Modèle ajouté.')
    expect(await page.getByRole('heading', { name: 'Visite sur place' }).count()).toBe(1)

    const { reference } = await submitRequest()
    await page.goto(`${baseUrl}/espace-agent/demande/?reference=${reference}`)
    const target = page.locator('#redirect-udap')
    await expect
      .poll(() => target.locator('option').count(), { timeout: 90_000 })
      .toBeGreaterThan(1)
    await tabTo(page, target)
    await target.selectOption('13')
    await tabTo(page, page.locator('#redirect-motivation'))
    await page.keyboard.type('Les travaux sont dans les Bouches-du-Rhône.')
    await tabTo(page, page.getByRole('button', { name: 'Réorienter la demande' }))
    await page.keyboard.press('Enter')
    await confirmWith(page, 'Confirmer la réorientation')
    await expect
      .poll(() => page.locator('agent-request [data-status]').textContent())
      .toMatch(/transmise à UDAP des Bouches-du-Rhône/)

    const marseille = await chromium.newContext()
    const theirs = await marseille.newPage()
    await signIn(theirs, 'agent.bouches-du-rhone@example.fr')
    await expect
      .poll(() => theirs.locator('agent-inbox [data-rows]').textContent())
      .toContain(reference)
    await marseille.close()
    await page.close()
  })

  it('axe finds nothing on the team, templates and UDAP pages, in either theme, at phone and desktop widths', async () => {
    const state = await context.storageState()
    const paths = ['/espace-agent/equipe/', '/espace-agent/modeles/', '/espace-agent/udap/']
    const loaded = () =>
      !document.querySelector('[data-status]')?.textContent?.includes('Chargement')
    expect(await axeInEveryDisplay(chromium, paths, loaded, { storageState: state })).toEqual([])
    await context.close()
  })
})
