// The CMS at /admin/ in Chromium, on Decap's local proxy writing to a copy of content/: an editor
// changes a FAQ answer and a glossary definition and creates a fiche travaux; the files hold
// exactly those changes. Invalid edits are refused in French. Uses the built dist/admin/.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mdxFromFile, sourceKey } from '../../src/cms/formats.ts'
import { contentProblems } from '../../src/integrations/content-check.ts'
import { pageSchema } from '../../src/site/content-schema.ts'
import { useChromium } from './support/browser.ts'
import { serveAdmin, startDecapServer } from './support/cms-backend.ts'

const root = join(import.meta.dirname, '../..')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

let workTree: string
let proxy: { url: string; stop: () => void }
let admin: { origin: string; server: Server }
const chromium = useChromium()
let page: Page

const original = (file: string) => readFile(join(root, file), 'utf8')
const saved = (file: string) => readFile(join(workTree, file), 'utf8')

/** The lines that differ, as [before, after] pairs (the files keep their number of lines). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return b.flatMap((line, index): [string, string][] =>
    line === a[index] ? [] : [[a[index] ?? '', line]],
  )
}

/**
 * Opens an entry in a new browser session, signed in afresh, so that no test sees the state the
 * last one left (an unsaved draft, a publication still finishing).
 */
async function openEntry(hash: string) {
  await signIn()
  await page.goto(`${admin.origin}/admin/#/collections/${hash}`)
  await page.locator('label[for^="title-field-"], [id^="items-field-"]').first().waitFor()
}

/** A new browser session on /admin/, signed in to the local proxy. */
async function signIn() {
  await page?.context().close()
  page = await (await chromium.newContext()).newPage()
  // Leaving an entry with unsaved changes asks for confirmation: the tests move on.
  page.on('dialog', (dialog) => dialog.accept())
  // The glossary's form (53 terms, each with its links) takes seconds to draw on a busy machine.
  page.setDefaultTimeout(60_000)
  await page.goto(`${admin.origin}/admin/`)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByText('Pages générales').first().waitFor()
}

/** Unfolds the item of a list field (items are folded) and returns it. */
async function listItem(field: string, index: number) {
  const item = page.locator(`[id^="${field}-field-"] > div > [class*="listControlItem"]`).nth(index)
  await item.locator('button').first().click()
  return item
}

async function publish() {
  await page.getByRole('button', { name: 'Publier', exact: true }).click()
  await page.getByText('Publier maintenant').click()
}

beforeAll(async () => {
  workTree = await mkdtemp(join(tmpdir(), 'dedale-cms-'))
  await cp(join(root, 'content'), join(workTree, 'content'), { recursive: true })
  proxy = await startDecapServer(workTree)
  admin = await serveAdmin(join(root, 'dist'), proxy.url)
})

afterAll(async () => {
  admin?.server.close()
  proxy?.stop()
  if (workTree) await rm(workTree, { recursive: true, force: true })
})

describe('the CMS at /admin/', () => {
  it('is in French, with the site’s collections', async () => {
    await signIn()
    for (const name of ['Pages générales', 'Fiches travaux', 'Glossaire et annuaire'])
      await expect(page.getByText(name).first().isVisible()).resolves.toBe(true)
    await expect(page.getByRole('link', { name: /Nouveau|Nouvelle/ }).count()).resolves.toBe(0)
  })

  it('changes a glossary definition, and only that line of glossary.json', {
    timeout: 120_000,
  }, async () => {
    const terms = JSON.parse(await original('content/data/glossary.json')) as { id: string }[]
    await openEntry('donnees/entries/glossaire')
    const item = await listItem(
      'items',
      terms.findIndex((term) => term.id === 'covisibilite'),
    )
    await item
      .locator('textarea[id^="definition-field-"]')
      .fill(
        'Visibilité d’un immeuble depuis un monument historique, ou des deux ensemble depuis un lieu public.',
      )
    await publish()
    await expect
      .poll(async () =>
        (await saved('content/data/glossary.json')).includes('ou des deux ensemble'),
      )
      .toBe(true)
    expect(
      changedLines(
        await original('content/data/glossary.json'),
        await saved('content/data/glossary.json'),
      ),
    ).toEqual([
      [
        expect.stringContaining('"definition": '),
        '    "definition": "Visibilité d’un immeuble depuis un monument historique, ou des deux ensemble depuis un lieu public.",',
      ],
    ])
  })

  it('changes a FAQ answer, and only that line of faq.mdx', async () => {
    await openEntry('pages/entries/faq')
    const item = await listItem('faq', 2)
    await item
      .locator('textarea[id^="answer-field-"]')
      .fill('Une réponse revue : la covisibilité est constatée par l’ABF.')
    await publish()
    await expect
      .poll(async () => (await saved('content/pages/faq.mdx')).includes('Une réponse revue'))
      .toBe(true)
    expect(
      changedLines(await original('content/pages/faq.mdx'), await saved('content/pages/faq.mdx')),
    ).toEqual([
      [
        expect.stringMatching(/^ {4}answer: Il y a covisibilité/),
        '    answer: "Une réponse revue : la covisibilité est constatée par l’ABF."',
      ],
    ])
  })

  it('creates a fiche travaux that passes the content schema', async () => {
    await openEntry('fiches-travaux/new')
    await page.getByLabel('Titre', { exact: true }).fill('Portes de garage')
    await page
      .getByLabel('Description')
      .fill('Changer une porte de garage en espace protégé : autorisation et attentes de l’ABF.')
    await page.getByLabel('Position dans la rubrique').fill('14')
    await page.getByLabel('Date de dernière relecture').fill('2026-11-30')
    await page.getByRole('button', { name: /Ajouter sources/ }).click()
    await page
      .getByLabel('Intitulé de la source')
      .fill('Service-public.fr — Déclaration préalable de travaux')
    await page
      .getByLabel('Adresse de la source (URL)')
      .fill('https://www.service-public.fr/particuliers/vosdroits/F17578')
    await page.locator('.cms-editor-raw [contenteditable="true"]').click()
    await page.keyboard.type('## Ce que regarde l’ABF\n\nLe matériau et la couleur de la porte.')
    await publish()
    const file = 'content/pages/fiches-travaux/portes-de-garage.mdx'
    // The proxy creates the file, then writes it: wait for the whole text.
    await expect
      .poll(() =>
        saved(file).then(
          (text) => text.includes('Le matériau'),
          () => false,
        ),
      )
      .toBe(true)
    const text = await saved(file)
    expect(text).toMatch(/^---\ntitle: Portes de garage\ndescription: "Changer une porte de garage/)
    expect(text).toContain(
      '\n---\n\n## Ce que regarde l’ABF\n\nLe matériau et la couleur de la porte.\n',
    )
    const { body: _body, [sourceKey]: _source, ...data } = mdxFromFile(text)
    expect(pageSchema.parse(data)).toMatchObject({ section: 'fiches-travaux', order: 14 })
  })

  it('leaves every other file byte for byte, and the content passes the build’s check', async () => {
    const changed = new Set([
      'content/pages/faq.mdx',
      'content/data/glossary.json',
      'content/pages/fiches-travaux/portes-de-garage.mdx',
    ])
    const files = (await readdir(join(workTree, 'content'), { recursive: true }))
      .map((file) => `content/${file}`)
      .filter((file) => /\.(mdx|json)$/.test(file))
    for (const file of changed) expect(files).toContain(file)
    for (const file of files.filter((f) => !changed.has(f)))
      expect(await saved(file), file).toBe(await original(file))
    await expect(contentProblems(workTree)).resolves.toEqual([])
  })

  it('refuses an empty title and a source without URL, in French', async () => {
    await openEntry('fiches-travaux/entries/piscines')
    await page.getByLabel('Titre', { exact: true }).fill('')
    await page.getByRole('button', { name: /Ajouter sources/ }).click()
    await page.getByLabel('Intitulé de la source').last().fill('Une source sans adresse')
    await publish()
    await expect.poll(() => page.getByText('Le champ Titre est requis.').isVisible()).toBe(true)
    await expect(
      page.getByText('Le champ Adresse de la source (URL) est requis.').isVisible(),
    ).resolves.toBe(true)
    expect(await saved('content/pages/fiches-travaux/piscines.mdx')).toBe(
      await original('content/pages/fiches-travaux/piscines.mdx'),
    )
  })

  it('refuses a source whose address is not a web address, with the field’s message', async () => {
    await page.getByLabel('Titre', { exact: true }).fill('Piscines')
    await page.getByLabel('Adresse de la source (URL)').last().fill('www.legifrance.gouv.fr')
    await publish()
    await expect
      .poll(() =>
        page.getByText('Une adresse web complète, commençant par https://').first().isVisible(),
      )
      .toBe(true)
    expect(await saved('content/pages/fiches-travaux/piscines.mdx')).toBe(
      await original('content/pages/fiches-travaux/piscines.mdx'),
    )
  })
})

describe('accessibility of what the site controls in the CMS', () => {
  it('finds nothing in the page preview (the site’s template, in the DSFR’s styles)', async () => {
    await openEntry('parcours/entries/savoir-si-mon-terrain-est-protege')
    // The preview pane is a frame: the callout is drawn there by the site's component preview.
    await expect
      .poll(async () => {
        for (const frame of page.frames().slice(1))
          if ((await frame.locator('.fr-callout').count()) > 0) return true
        return false
      })
      .toBe(true)
    const results = await new AxeBuilder({ page }).withTags(tags).analyze()
    const inPreview = results.violations.filter((violation) =>
      violation.nodes.some((node) => node.target.length > 1),
    )
    const inCms = results.violations.filter((violation) => !inPreview.includes(violation))
    console.info(
      `axe, CMS's own screens (not the site's): ${inCms.map((v) => `${v.id} (${v.nodes.length})`).join(', ') || 'nothing'}`,
    )
    expect(
      inPreview.map(
        (v) =>
          `${v.id}: ${v.nodes
            .filter((n) => n.target.length > 1)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    ).toEqual([])
  })
})
