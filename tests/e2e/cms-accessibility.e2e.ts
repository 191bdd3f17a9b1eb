// The CMS at /admin/ in the RGAA audit sample (docs/accessibilite/grille-rgaa.json, page "admin"):
// its screens in Chromium on Decap's local proxy — sign-in, a collection, the FAQ and a fiche
// travaux in the editor, a refused edit, the publish menu. What the site corrects (title, French
// names, contrasts, focus, narrow layout, Decap's markup repaired by src/cms/decap-repairs.ts, and
// the skip link and screen heading of src/cms/admin-chrome.ts)
// must hold: axe finds nothing on any of these screens.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import en from 'decap-cms-locales/dist/esm/en/index.js'
import fr from 'decap-cms-locales/dist/esm/fr/index.js'
import { HtmlValidate } from 'html-validate'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminTitle } from '../../src/cms/admin-title.ts'
import { decapFrenchComplement, mergePhrases, type Phrases } from '../../src/cms/decap-locale-fr.ts'
import { wcag21 } from './support/axe.ts'
import { useChromium } from './support/browser.ts'
import { commitWorkTree, serveAdmin, startDecapServer } from './support/cms-backend.ts'
import {
  clippedText,
  focusWalk,
  horizontalOverflow,
  textSpacing,
} from './support/display-measures.ts'
import { tabTo } from './support/keyboard.ts'

const root = join(import.meta.dirname, '../..')
const chromium = useChromium()
let workTree: string
let proxy: { url: string; stop: () => void }
let admin: { origin: string; server: Server }

beforeAll(async () => {
  workTree = await mkdtemp(join(tmpdir(), 'dedale-cms-a11y-'))
  await cp(join(root, 'content'), join(workTree, 'content'), { recursive: true })
  proxy = await startDecapServer(workTree)
  admin = await serveAdmin(join(root, 'dist'), proxy.url)
})

afterAll(async () => {
  admin?.server.close()
  proxy?.stop()
  if (workTree) await rm(workTree, { recursive: true, force: true })
})

const screens = {
  collection: '#/collections/pages',
  faq: '#/collections/pages/entries/faq',
  fiche: '#/collections/fiches-travaux/entries/piscines',
} as const

/**
 * A page signed in to the local proxy (the sign-in screen is `signIn: false`), on the CMS served
 * at `origin` (the one without the editorial workflow unless told).
 */
async function adminPage(
  width = 1280,
  height = 900,
  signIn = true,
  origin = admin.origin,
): Promise<Page> {
  const page = await chromium.page({ viewport: { width, height }, timeout: 120_000 })
  page.on('dialog', (dialog) => dialog.accept())
  await page.goto(`${origin}/admin/`)
  const button = page.getByRole('button', { name: 'Se connecter' })
  await button.waitFor()
  if (!signIn) return page
  await button.click()
  await page.getByText('Pages générales').first().waitFor()
  return page
}

/**
 * Opens a screen of the CMS afresh (a new address of the same page would keep the last screen
 * drawn a while) and waits until it is drawn, an editor with its preview.
 */
async function show(page: Page, hash: string, origin = admin.origin): Promise<void> {
  await page.goto(`${origin}/admin/${hash}`)
  await page.reload()
  if (hash.includes('/entries/')) {
    await page.locator('label[for^="title-field-"]').first().waitFor()
    await page.locator('#preview-pane').waitFor()
  } else if (hash === '#/workflow') await page.locator('[class*="WorkflowTopHeading"]').waitFor()
  else await page.locator('[class*="ListCardLink"]').first().waitFor()
  await page.waitForTimeout(500)
}

/** Decap's component that holds a node: the name Emotion writes in its class, or its tag and role. */
function component(html: string): string {
  const emotion = /class="css-[a-z0-9]+-([A-Za-z]+)/.exec(html)?.[1]
  if (emotion) return emotion
  const [, tag = '', role] = /^<(\w+)(?:[^>]*role="([^"]+)")?/.exec(html) ?? []
  return role ? `${tag}[role=${role}]` : tag
}

/** axe's WCAG 2.1 A/AA violations, as "rule: component, component" (each component once). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag21).analyze()
  return results.violations
    .map(
      ({ id, nodes }) =>
        `${id}: ${[...new Set(nodes.map((node) => component(node.html)))].sort().join(', ')}`,
    )
    .sort()
}

/**
 * The contrast of each field's border with the colours on either side of it (WCAG 1.4.11, RGAA
 * 3.3): the field's own background and the one around it. Fields are the children of Decap's
 * ControlContainer other than the label bar and the hint, those that have a border.
 */
function fieldBorderContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (colour: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number)
      return { channels: [r, g, b], opaque: a === 1 }
    }
    const luminance = (channels: number[]) => {
      const [r = 0, g = 0, b = 0] = channels.map((c) => {
        const s = c / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
    }
    const background = (from: Element | null): number[] => {
      for (let node = from; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor)
        if (colour.opaque) return colour.channels
      }
      return [255, 255, 255]
    }
    return [
      ...document.querySelectorAll(
        '[class*="ControlContainer"] > :not([class*="ControlTopbar"], [class*="ControlHint"])',
      ),
    ]
      .filter((field) => Number.parseFloat(getComputedStyle(field).borderTopWidth) > 0)
      .filter((field) => getComputedStyle(field).borderTopStyle !== 'none')
      .map((field) => {
        const border = rgb(getComputedStyle(field).borderTopColor).channels
        const contrast = Math.min(
          ratio(border, background(field)),
          ratio(border, background(field.parentElement)),
        )
        const id = field.id || field.querySelector('input[id], textarea[id]')?.id || field.className
        return { field: id, contrast: Math.round(contrast * 100) / 100 }
      })
  })
}

describe('the CMS’s screens (RGAA sample page “Gestion des contenus”)', {
  timeout: 300_000,
}, () => {
  it('titles each screen, in French, with no English name left by Decap’s locale', async () => {
    const page = await adminPage(1280, 900, false)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(await page.title()).toBe(adminTitle)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByText('Pages générales').first().waitFor()
    const titles: string[] = []
    const english: string[] = []
    for (const hash of Object.values(screens)) {
      await show(page, hash)
      titles.push(await page.title())
      english.push(...(await namesInEnglish(page)))
    }
    expect(titles).toEqual([
      `Pages générales — ${adminTitle}`,
      `Pages générales : modifier « faq » — ${adminTitle}`,
      `Fiches travaux : modifier « piscines » — ${adminTitle}`,
    ])
    expect(english).toEqual([])
    expect(await page.getByRole('button', { name: 'Maintenant (date du jour)' }).count()).toBe(1)
  })

  it('leaves axe nothing on the sign-in screen, a collection, the editor, the publish menu and a refused edit', async () => {
    const signIn = await adminPage(1280, 900, false)
    expect(await violations(signIn)).toEqual([])
    const page = await adminPage()
    await show(page, screens.collection)
    expect(await violations(page)).toEqual([])
    await show(page, screens.faq)
    expect(await violations(page)).toEqual([])
    await show(page, screens.fiche)
    expect(await violations(page)).toEqual([])
    // The publish menu, then a refused edit: the message beside the field and the notice (an
    // alert), in contrasted red.
    await page.getByLabel('Titre', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Publier', exact: true }).click()
    await page.getByText('Publier maintenant').waitFor()
    expect(await violations(page)).toEqual([])
    await page.getByText('Publier maintenant').click()
    await page.getByText('Le champ Titre est requis.').waitFor()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('champ requis')
    expect(await violations(page)).toEqual([])
  })

  it('names the list items’ buttons, the Markdown editor and the preview, and marks the landmarks (src/cms/decap-repairs.ts)', async () => {
    const signIn = await adminPage(1280, 900, false)
    expect(await signIn.getByRole('main').count()).toBe(1)
    const page = await adminPage()
    await show(page, screens.faq)
    expect(await page.getByRole('banner').count()).toBe(1)
    expect(await page.getByRole('main').count()).toBe(1)
    const item = page.locator('[id^="faq-field-"] [class*="listControlItem"]').first()
    const summary = (await item.locator('[class*="NestedObjectLabel"]').textContent())?.trim() ?? ''
    expect(summary).not.toBe('')
    const names = await item
      .locator(
        '[class*="StyledListItemTopBar"] > button, [class*="StyledListItemTopBar"] > [role="button"]',
      )
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))
    expect(names).toEqual([
      `Déplier l’élément « ${summary} »`,
      `Déplacer l’élément « ${summary} »`,
      `Supprimer l’élément « ${summary} »`,
    ])
    await page.getByRole('button', { name: `Déplier l’élément « ${summary} »` }).click()
    const unfold = page.getByRole('button', { name: `Replier l’élément « ${summary} »` })
    await expect.poll(() => unfold.getAttribute('aria-expanded')).toBe('true')
    const group = page.getByRole('group', { name: summary })
    expect(await group.getByRole('textbox', { name: 'Question' }).count()).toBe(1)
    expect(await page.getByRole('textbox', { name: 'Texte de la page' }).count()).toBe(1)
    expect(await page.locator('#preview-pane').getAttribute('title')).toBe('Aperçu de la page')
    expect(await page.locator('#nc-root svg:not([aria-hidden="true"])').count()).toBe(0)
    // Fields' borders (RGAA 3.3): at least 3:1 with the colours on either side.
    const contrasts = await fieldBorderContrasts(page)
    expect(contrasts.length).toBeGreaterThan(5)
    expect(contrasts.filter(({ contrast }) => contrast < 3)).toEqual([])
  })

  it('leads with a skip link to the main content and has exactly one h1 on each screen (src/cms/admin-chrome.ts)', async () => {
    const report: string[] = []
    const check = async (page: Page, screen: string, heading: string) => {
      const h1 = page.getByRole('heading', { level: 1 })
      // Decap draws a list's own h1 after the address changes: the site's gives way once it has.
      await expect.poll(() => h1.count()).toBe(1)
      const text = (await h1.textContent())?.trim()
      if (text !== heading) report.push(`${screen}: h1 « ${text} », not « ${heading} »`)
      // Decap's own h1 on a collection's list, the site's elsewhere.
      const decapDraws = await h1.evaluate((element) => Boolean(element.closest('#nc-root')))
      if (decapDraws !== (screen === 'collection')) report.push(`${screen}: h1 from the wrong side`)
      report.push(...(await headingsAndSkipLink(page, screen)))
    }
    const signIn = await adminPage(1280, 900, false)
    await check(signIn, 'sign-in', 'Connexion')
    const page = await adminPage()
    await show(page, screens.collection)
    await check(page, 'collection', 'Pages générales')
    await show(page, screens.faq)
    await check(page, 'editor', 'Pages générales : modifier « faq »')
    expect(report).toEqual([])
  })

  it('lets an editor open, change and publish a FAQ answer with the keyboard alone', async () => {
    const page = await adminPage()
    await show(page, screens.collection)
    await tabTo(page, '[class*="ListCardLink"][href$="/entries/faq"]')
    await page.keyboard.press('Enter')
    await page.locator('[id^="faq-field-"]').waitFor()
    expect(await page.title()).toBe(`Pages générales : modifier « faq » — ${adminTitle}`)
    // The third question: its « Déplier » button, then its answer.
    const item = '[id^="faq-field-"] [class*="listControlItem"]:nth-child(3)'
    await tabTo(page, `${item} button`)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator(`${item} button`).first().getAttribute('aria-label'))
      .toMatch(/^Replier l’élément « .+ »$/)
    await tabTo(page, `${item} textarea[id^="answer-field-"]`)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Une réponse revue au clavier.')
    await tabTo(page, '[class*="PublishButton"]', true)
    await page.keyboard.press('Enter')
    // The menu takes the focus on its first choice.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Publier maintenant')
    await page.keyboard.press('Enter')
    const file = join(workTree, 'content/pages/faq.mdx')
    await expect
      .poll(async () => (await readFile(file, 'utf8')).includes('Une réponse revue au clavier.'))
      .toBe(true)
  })

  it('shows the focus on every element the Tab key reaches', async () => {
    const page = await adminPage()
    const report: string[] = []
    for (const hash of Object.values(screens)) {
      await show(page, hash)
      for (const problem of await focusWalk(page)) report.push(`${hash}: ${problem}`)
    }
    expect(report).toEqual([])
  })

  it('reflows at 320 px and at 200 % text, and keeps spaced text whole', async () => {
    const report: string[] = []
    for (const [width, height] of [
      [320, 800],
      [640, 450],
    ] as const) {
      const page = await adminPage(width, height)
      for (const hash of Object.values(screens)) {
        await show(page, hash)
        const overflow = await horizontalOverflow(page)
        if (overflow > 0) report.push(`${hash} at ${width} px: scrolls ${overflow} px sideways`)
        await page.addStyleTag({ content: textSpacing })
        for (const cut of await clippedText(page)) report.push(`${hash} at ${width} px: ${cut}`)
      }
    }
    expect(report).toEqual([])
  })
})

// Production's editorial workflow (publish_mode: editorial_workflow): decap-server in "git" mode
// on a repository of the copied content keeps each saved entry on a branch cms/<collection>/<slug>
// with its status, as the GitHub backend keeps it in a pull request.
describe('the editorial workflow’s screens (same sample page)', { timeout: 300_000 }, () => {
  let workflowTree: string
  let workflowProxy: { url: string; stop: () => void }
  let workflowAdmin: { origin: string; server: Server }

  beforeAll(async () => {
    workflowTree = await mkdtemp(join(tmpdir(), 'dedale-cms-workflow-'))
    await cp(join(root, 'content'), join(workflowTree, 'content'), { recursive: true })
    await commitWorkTree(workflowTree)
    workflowProxy = await startDecapServer(workflowTree, 'git')
    workflowAdmin = await serveAdmin(join(root, 'dist'), workflowProxy.url, {
      editorialWorkflow: true,
    })
  })

  afterAll(async () => {
    workflowAdmin?.server.close()
    workflowProxy?.stop()
    if (workflowTree) await rm(workflowTree, { recursive: true, force: true })
  })

  /**
   * The FAQ with a new title, saved: an unpublished entry (a draft the first time), the editor
   * left on it.
   */
  async function draft(page: Page, title: string): Promise<void> {
    await show(page, screens.faq, workflowAdmin.origin)
    await page.getByLabel('Titre', { exact: true }).fill(title)
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.locator('[class*="StatusButton"]').waitFor()
    await page.getByText('Modifications enregistrées').waitFor()
  }

  /**
   * Opens the menu of `button` and answers its choices. Decap draws the editor again once the
   * entry is saved, which can close a menu just opened: the button is pressed until it stays open.
   */
  async function openMenu(page: Page, button: Locator): Promise<Locator> {
    // Decap's dropdown: the button and its menu in one StyledWrapper.
    const choices = button
      .locator('xpath=ancestor::*[contains(@class, "StyledWrapper")][1]')
      .locator('[role="menu"] [role="menuitem"]:visible')
    await expect
      .poll(async () => {
        if ((await choices.count()) === 0) await button.click()
        await page.waitForTimeout(300)
        return choices.count()
      })
      .toBeGreaterThan(0)
    return choices
  }

  /**
   * What the other screens' checks say of this one, drawn afresh: names, icons, one h1, skip link,
   * landmarks.
   */
  async function screenProblems(page: Page, screen: string, heading: string): Promise<string[]> {
    const report: string[] = []
    for (const name of await namesInEnglish(page))
      report.push(`${screen}: English name « ${name} »`)
    const icons = await page.locator('#nc-root svg:not([aria-hidden="true"])').count()
    if (icons > 0) report.push(`${screen}: ${icons} icons not hidden`)
    const h1 = page.getByRole('heading', { level: 1 })
    await expect.poll(() => h1.count()).toBe(1)
    const text = (await h1.textContent())?.trim()
    if (text !== heading) report.push(`${screen}: h1 « ${text} », not « ${heading} »`)
    for (const role of ['banner', 'main'] as const) {
      const count = await page.getByRole(role).count()
      if (count !== 1) report.push(`${screen}: ${count} ${role} landmarks`)
    }
    report.push(...(await headingsAndSkipLink(page, screen)))
    return report
  }

  it('leaves axe nothing on a draft’s editor, its status menu, its publish menu and the workflow board', async () => {
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    await draft(page, 'Questions fréquentes (brouillon)')
    const status = page.locator('[class*="StatusButton"]')
    expect(await status.textContent()).toBe('Statut : Brouillon')
    expect(await violations(page)).toEqual([])
    const choices = await openMenu(page, status)
    expect(await choices.allTextContents()).toEqual(['Brouillon', 'En cours de révision', 'Prêt'])
    expect(await violations(page)).toEqual([])
    await choices.filter({ hasText: 'En cours de révision' }).click()
    await expect.poll(() => status.textContent()).toBe('Statut : En cours de révision')
    await openMenu(page, page.getByRole('button', { name: 'Publier', exact: true }))
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')

    await show(page, '#/workflow', workflowAdmin.origin)
    const card = page.locator('[class*="WorkflowCardContainer"]')
    await card.waitFor()
    expect(await violations(page)).toEqual([])
    // Decap's French locale writes the day in English (« November 30 »): a date in figures.
    expect(await card.locator('[class*="CardDateContainer"]').textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4}$/,
    )
    // The card's buttons, shown on hover, are shown when the focus is in it (RGAA 10.7).
    await card.locator('[class*="WorkflowLink"]').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Supprimer les modifications',
    )
    await expect
      .poll(() =>
        card
          .locator('[class*="CardButtonContainer"]')
          .evaluate((buttons) => getComputedStyle(buttons).opacity),
      )
      .toBe('1')
  })

  it('titles the board and names what the workflow adds, with one h1, the skip link and the landmarks', async () => {
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    await draft(page, 'Questions fréquentes (en relecture)')
    // The draft drawn afresh: the Tab key starts from the top of the page.
    await show(page, screens.faq, workflowAdmin.origin)
    await page.locator('[class*="StatusButton"]').waitFor()
    const report = await screenProblems(page, 'draft', 'Pages générales : modifier « faq »')
    expect(
      await page.getByRole('button', { name: 'Supprimer les modifications non publiées' }).count(),
    ).toBe(1)
    await show(page, '#/workflow', workflowAdmin.origin)
    await page.locator('[class*="WorkflowCardContainer"]').waitFor()
    expect(await page.title()).toBe(`Flux éditorial — ${adminTitle}`)
    report.push(...(await screenProblems(page, 'workflow', 'Flux éditorial')))
    // Each column is a h2, each card's title a heading under it: its level in Chromium's
    // accessibility tree.
    const cdp = await page.context().newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value: string }
        name?: { value: string }
        properties?: { name: string; value: { value: unknown } }[]
      }[]
    }
    const levels = (name: string) =>
      nodes
        .filter((node) => node.role?.value === 'heading' && node.name?.value === name)
        .map((node) => node.properties?.find((property) => property.name === 'level')?.value.value)
    expect(levels('Brouillons')).toEqual([2])
    expect(levels('Questions fréquentes (en relecture)')).toEqual([3])
    // The card opens the entry, whose title says so even with Decap's ?ref=workflow.
    await page.locator('[class*="WorkflowLink"]').click()
    await page.locator('label[for^="title-field-"]').first().waitFor()
    expect(await page.title()).toBe(`Pages générales : modifier « faq » — ${adminTitle}`)
    expect(report).toEqual([])
  })

  it('draws valid markup, with no presentation attribute, on every screen, menus open and after typing (RGAA 8.2, 10.1)', async () => {
    const found = new Set<string>()
    const look = async (screen: string, on = page) => {
      for (const attribute of await invalidAttributes(on)) found.add(`${screen}: ${attribute}`)
      for (const problem of await invalidMarkup(on)) found.add(`${screen}: ${problem}`)
    }
    await look('sign-in', await adminPage(1280, 900, false, workflowAdmin.origin))
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    await show(page, screens.collection, workflowAdmin.origin)
    await look('collection')
    await draft(page, 'Questions fréquentes (relue)')
    await look('draft')
    await openMenu(page, page.locator('[class*="StatusButton"]'))
    await look('status menu')
    await page.keyboard.press('Escape')
    await openMenu(page, page.getByRole('button', { name: 'Publier', exact: true }))
    await look('publish menu')
    await page.keyboard.press('Escape')
    // React writes the Markdown editor's value again on each change: the repair removes it again.
    await page.getByRole('textbox', { name: 'Texte de la page' }).click()
    await page.keyboard.type(' Une phrase ajoutée.')
    await page.waitForTimeout(300)
    await look('typed')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées').waitFor()
    await show(page, '#/workflow', workflowAdmin.origin)
    await page.locator('[class*="WorkflowCardContainer"]').waitFor()
    await look('workflow')
    await show(page, '#/search/piscine', workflowAdmin.origin)
    await look('search')
    expect([...found].sort()).toEqual([])
  })

  it('keeps the site’s navigation bar, with its search, at the same place on every screen, the editor’s included (RGAA 12.2, 12.5)', async () => {
    const signIn = await adminPage(1280, 900, false, workflowAdmin.origin)
    expect(await signIn.getByRole('navigation', { name: 'Gestion des contenus' }).count()).toBe(0)
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    const bar = page.locator('.dedale-bar')
    const seen: { screen: string; place: string; links: string[]; current: string[] }[] = []
    const report: string[] = []
    const look = async (screen: string) => {
      const box = await bar.boundingBox()
      seen.push({
        screen,
        place: box ? `${box.x},${box.y} ${box.width}×${Math.round(box.height)}` : 'hidden',
        links: await bar.getByRole('link').allTextContents(),
        current: await bar.locator('[aria-current]').allTextContents(),
      })
      // Nothing of Decap's drawn over it: each link and the search field are what a pointer hits.
      const covered = await bar.locator('a, input, button').evaluateAll((targets) =>
        targets
          .filter((target) => {
            const { x, y, width, height } = target.getBoundingClientRect()
            return !target.contains(document.elementFromPoint(x + width / 2, y + height / 2))
          })
          .map((target) => target.textContent || target.localName),
      )
      for (const target of covered) report.push(`${screen}: « ${target} » covered`)
    }
    await show(page, screens.collection, workflowAdmin.origin)
    await look('collection')
    await show(page, screens.faq, workflowAdmin.origin)
    await look('editor')
    await show(page, '#/workflow', workflowAdmin.origin)
    await look('workflow')
    // From the editor, the search of every collection, with the keyboard.
    await show(page, screens.fiche, workflowAdmin.origin)
    await look('fiche')
    await tabTo(page, '#recherche-contenus-termes')
    await page.keyboard.type('piscine')
    await page.keyboard.press('Enter')
    await page.locator('[class*="ListCardLink"][href$="/entries/piscines"]').waitFor()
    expect(new URL(page.url()).hash).toBe('#/search/piscine')
    expect(await page.title()).toBe(`Recherche — ${adminTitle}`)
    await look('search')
    expect(report).toEqual([])
    const [first] = seen
    expect(seen.map(({ screen, place, links }) => ({ screen, place, links }))).toEqual(
      seen.map(({ screen }) => ({ screen, place: first?.place, links: first?.links })),
    )
    expect(first?.links).toEqual([
      'Pages générales',
      'Le parcours',
      'Comprendre',
      'Les démarches',
      'Fiches travaux',
      'Glossaire et annuaire',
      'Flux éditorial',
      'Voir le site',
    ])
    expect(seen.map(({ screen, current }) => `${screen}: ${current.join(', ')}`)).toEqual([
      'collection: Pages générales',
      'editor: Pages générales',
      'workflow: Flux éditorial',
      'fiche: Fiches travaux',
      'search: ',
    ])
    expect(await violations(page)).toEqual([])
  })

  it('shows the focus on every Tab stop, reflows at 320 px and at 200 % text, and keeps spaced text whole', async () => {
    const report: string[] = []
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    await draft(page, 'Questions fréquentes (au clavier)')
    for (const problem of await focusWalk(page)) report.push(`draft: ${problem}`)
    await show(page, '#/workflow', workflowAdmin.origin)
    for (const problem of await focusWalk(page)) report.push(`workflow: ${problem}`)
    for (const [width, height] of [
      [320, 800],
      [640, 450],
    ] as const) {
      const narrow = await adminPage(width, height, true, workflowAdmin.origin)
      for (const hash of ['#/workflow', screens.faq]) {
        await show(narrow, hash, workflowAdmin.origin)
        const overflow = await horizontalOverflow(narrow)
        if (overflow > 0) report.push(`${hash} at ${width} px: scrolls ${overflow} px sideways`)
        await narrow.addStyleTag({ content: textSpacing })
        for (const cut of await clippedText(narrow)) report.push(`${hash} at ${width} px: ${cut}`)
      }
    }
    expect(report).toEqual([])
  })

  it('moves a draft to « Prêt » with the keyboard alone, the path beside the board’s drag and drop (RGAA 7.3)', async () => {
    const page = await adminPage(1280, 900, true, workflowAdmin.origin)
    await draft(page, 'Questions fréquentes (prête)')
    const status = page.locator('[class*="StatusButton"]')
    await tabTo(page, '[class*="StatusButton"]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem')
    const active = () => page.evaluate(() => document.activeElement?.textContent)
    for (let presses = 0; presses < 3 && (await active()) !== 'Prêt'; presses++)
      await page.keyboard.press('ArrowDown')
    expect(await active()).toBe('Prêt')
    await page.keyboard.press('Enter')
    await expect.poll(() => status.textContent()).toBe('Statut : Prêt')
    await show(page, '#/workflow', workflowAdmin.origin)
    const ready = page
      .locator('[class*="renderColumns"]')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Prêt' }) })
    await expect.poll(() => ready.getByText('Questions fréquentes (prête)').count()).toBe(1)
  })
})

/**
 * The names of buttons and named elements that are Decap's English phrases, not French ones
 * (RGAA 8.7: a change of language nothing marks).
 */
async function namesInEnglish(page: Page): Promise<string[]> {
  const englishPhrases = new Set(leaves(en).filter((phrase) => !leaves(fr).includes(phrase)))
  const french = new Set(leaves(mergePhrases(fr, decapFrenchComplement)))
  return (
    await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label], [title], button, [role="button"]')].map(
        (element) =>
          element.getAttribute('aria-label') ??
          element.getAttribute('title') ??
          element.textContent ??
          '',
      ),
    )
  )
    .map((name) => name.trim())
    .filter((name) => englishPhrases.has(name) && !french.has(name))
}

/**
 * The attributes of Decap's markup that make the generated code invalid or carry presentation
 * (RGAA 8.2, 10.1), as "tag[attribute]": `value` on an element that has none (React writes the
 * Markdown editor's value on its div), `name` on one that takes none (the workflow's column
 * headings), `width`/`height` other than on img, object, embed, canvas and SVG, an empty id
 * reference or number, a label's `for` naming what a label cannot label, and the presentation
 * elements and attributes of RGAA's glossary (« Présentation de l’information »).
 */
function invalidAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const html = 'http://www.w3.org/1999/xhtml'
    const takes: Record<string, string[]> = {
      value: 'button data input li meter option output param progress select textarea'.split(' '),
      name: 'a button details fieldset form iframe img input map meta object output param select slot textarea'.split(
        ' ',
      ),
      width: ['img', 'object', 'embed', 'canvas'],
      height: ['img', 'object', 'embed', 'canvas'],
    }
    const presentation =
      'align alink background bgcolor border cellpadding cellspacing char charoff clear compact color frameborder hspace link marginheight marginwidth text valign vlink vspace'.split(
        ' ',
      )
    const presentationTags = 'basefont blink center font marquee s strike tt big'.split(' ')
    const labelable = 'button input meter output progress select textarea'.split(' ')
    const found: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      if (element.namespaceURI !== html) continue
      const tag = element.localName
      if (presentationTags.includes(tag)) found.push(tag)
      for (const [attribute, tags] of Object.entries(takes))
        if (element.hasAttribute(attribute) && !tags.includes(tag))
          found.push(`${tag}[${attribute}]`)
      for (const attribute of presentation)
        if (element.hasAttribute(attribute)) found.push(`${tag}[${attribute}]`)
      for (const attribute of ['aria-activedescendant', 'max'])
        if (element.getAttribute(attribute) === '') found.push(`${tag}[${attribute}=""]`)
      const target = tag === 'label' && document.getElementById(element.getAttribute('for') ?? '')
      if (target && !labelable.includes(target.localName))
        found.push(`label[for] → ${target.localName}`)
    }
    return [...new Set(found)].sort()
  })
}

/**
 * What makes the markup drawn now invalid HTML (RGAA 8.2), as html-validate reads the DOM
 * serialized: the rules of the HTML standard's content models, attributes and references, not the
 * site's own style rules (.htmlvalidate.mjs). One line per rule and element.
 */
async function invalidMarkup(page: Page): Promise<string[]> {
  const html = await page.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`)
  const report = await markupValidator.validateString(html)
  const messages = report.results.flatMap((result) => result.messages)
  return [...new Set(messages.map(({ ruleId, selector }) => `${ruleId} ${selector ?? ''}`))]
}

const markupValidator = new HtmlValidate({
  rules: Object.fromEntries(
    [
      'attribute-allowed-values',
      'attribute-misuse',
      'deprecated',
      'element-name',
      'element-permitted-content',
      'element-permitted-occurrences',
      'element-permitted-order',
      'element-permitted-parent',
      'element-required-ancestor',
      'element-required-attributes',
      'element-required-content',
      'input-attributes',
      'no-deprecated-attr',
      'no-dup-attr',
      'no-dup-id',
      'no-missing-references',
      'void-content',
    ].map((rule) => [rule, 'error']),
  ),
})

/** The phrases of a Decap locale, without their placeholders' values. */
function leaves(phrases: Phrases): string[] {
  return Object.values(phrases).flatMap((value) =>
    typeof value === 'string' ? [value] : leaves(value),
  )
}

/**
 * axe's heading and skip-link rules on `screen`; then, from the top of the page, the first Tab
 * reaches the skip link and Enter moves the focus into the main content. One line per problem.
 */
async function headingsAndSkipLink(page: Page, screen: string): Promise<string[]> {
  const report: string[] = []
  const axe = await new AxeBuilder({ page })
    .withRules(['heading-order', 'page-has-heading-one', 'skip-link'])
    .analyze()
  for (const { id } of axe.violations) report.push(`${screen}: axe ${id}`)
  await page.keyboard.press('Tab')
  const first = await page.evaluate(() => document.activeElement?.textContent?.trim())
  if (first !== 'Aller au contenu') report.push(`${screen}: first Tab reaches « ${first} »`)
  await page.keyboard.press('Enter')
  const inMain = await page.evaluate(
    () => document.activeElement?.closest('main, [role="main"]')?.id === 'contenu',
  )
  if (!inMain) report.push(`${screen}: Enter leaves the focus out of the main content`)
  return report
}
