import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** What a browser downloads for a page, gzipped, and the other origins it would contact. */
export interface PageWeight {
  page: string
  html: number
  css: number
  js: number
  foreignRequests: string[]
}

export interface Budget {
  html: number
  css: number
  js: number
}

const kB = 1024
/**
 * Per page, gzipped. The form (and its embeddable copy) carries the validation and the proof of
 * work; the two tools carry their own script (address combobox, questionnaire steps) on top of
 * the 25 kB every page shares (DSFR core, the enhancers' custom-element base, the page vote), with
 * room for the Matomo script when a deployment turns it on. The API answers' schemas load with the
 * first answer (src/client/api-answers.ts), outside these figures.
 */
export const defaultBudget: Budget = { html: 20 * kB, css: 50 * kB, js: 27 * kB }
export const budgets: Record<string, Budget> = {
  '/demander-un-conseil/': { ...defaultBudget, js: 64 * kB },
  '/embed/demander-un-conseil/': { ...defaultBudget, js: 64 * kB },
  '/mon-adresse-est-elle-protegee/': { ...defaultBudget, js: 30 * kB },
  '/quelle-demarche/': { ...defaultBudget, js: 30 * kB },
  // The agents' workspace parses its API answers with the same zod schemas as the functions.
  '/espace-agent/': { ...defaultBudget, js: 60 * kB },
  '/espace-agent/connexion/': { ...defaultBudget, js: 60 * kB },
  '/espace-agent/demande/': { ...defaultBudget, js: 60 * kB },
  '/espace-agent/equipe/': { ...defaultBudget, js: 60 * kB },
  '/espace-agent/modeles/': { ...defaultBudget, js: 60 * kB },
  '/espace-agent/udap/': { ...defaultBudget, js: 60 * kB },
}

const gzipped = (bytes: Buffer) => gzipSync(bytes).byteLength
const attributes = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => match[1] ?? '')

interface Asset {
  gzipped: number
  /** Other origins a stylesheet's url() contacts, and the modules a script imports statically. */
  foreign: string[]
  imports: string[]
}

/** Every page of a built site, measured; shared assets are read and compressed once, and what
 * a page's tags load is worked out once per distinct set of tags (pages of one layout share
 * theirs). The CMS (admin/, for editors only) is not a page of the site and has no budget. */
export async function measureSite(distDir: string): Promise<PageWeight[]> {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .sort()
  const assets = new Map<string, Promise<Asset>>()
  const asset = (file: string) => {
    let read = assets.get(file)
    if (!read) {
      read = readFile(join(distDir, file)).then((bytes) => {
        const text = bytes.toString('utf8')
        return {
          gzipped: gzipped(bytes),
          foreign: file.endsWith('.css')
            ? attributes(text, /url\((?:"|')?((?:https?:)?\/\/[^)"']+)/g)
            : [],
          imports: file.endsWith('.js')
            ? attributes(text, /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g).map((specifier) =>
                relative(resolve(distDir), resolve(distDir, dirname(file), specifier)),
              )
            : [],
        }
      })
      assets.set(file, read)
    }
    return read
  }
  const loads = new Map<string, Promise<Loaded>>()
  const weights: PageWeight[] = []
  for (const file of files) {
    // Read synchronously: for thousands of small pages, the thread pool's round trips of an
    // asynchronous read cost more than the read itself.
    const html = readFileSync(join(distDir, file))
    const tags = html.toString('utf8').match(loadingTags)?.filter(loadsSomething).join('') ?? ''
    let loaded = loads.get(tags)
    if (!loaded) {
      loaded = whatTagsLoad(tags, asset)
      loads.set(tags, loaded)
    }
    const { css, js, foreignRequests } = await loaded
    const page = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`
    weights.push({ page, html: gzipped(html), css, js, foreignRequests: [...foreignRequests] })
  }
  return weights
}

// The tags through which a page loads something: scripts, images, frames, sources and links.
const loadingTags = /<(?:script|img|iframe|source|link)\b[^>]*>/g
// Links that load nothing (each page's canonical address would make its tags its own, and what
// they load worked out again for each page).
const loadsSomething = (tag: string) =>
  !/^<link\b[^>]*\srel="(?:canonical|sitemap|alternate)"/.test(tag)

type Loaded = Omit<PageWeight, 'page' | 'html'>

/** The stylesheets, scripts (with their static imports) and other origins that tags load. */
async function whatTagsLoad(
  tags: string,
  asset: (file: string) => Promise<Asset>,
): Promise<Loaded> {
  const stylesheets = attributes(tags, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  const scripts = attributes(tags, /<script[^>]*type="module"[^>]*src="([^"]+)"/g)
  const requested = [
    ...attributes(tags, /<(?:script|img|iframe|source)[^>]*\ssrc="([^"]+)"/g),
    ...attributes(
      tags,
      /<link[^>]*rel="(?:stylesheet|icon|shortcut icon|apple-touch-icon|preload|modulepreload|manifest)"[^>]*href="([^"]+)"/g,
    ),
  ]
  const foreignRequests = requested.filter((url) => /^(https?:)?\/\//.test(url))

  let css = 0
  for (const sheet of stylesheets) {
    const { foreign, gzipped: size } = await asset(sheet.replace(/^\//, ''))
    css += size
    foreignRequests.push(...foreign)
  }
  let js = 0
  for (const file of await staticImports(scripts, asset)) js += (await asset(file)).gzipped
  return { css, js, foreignRequests }
}

/**
 * The scripts and every module they import statically (dynamic imports load on demand). Each
 * shared file is read and scanned once per build, not once per page that loads it.
 */
async function staticImports(
  entries: string[],
  asset: (file: string) => Promise<Asset>,
): Promise<Set<string>> {
  const seen = new Set<string>()
  const queue = entries.map((entry) => entry.replace(/^\//, ''))
  while (queue.length > 0) {
    const file = queue.pop() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    queue.push(...(await asset(file)).imports)
  }
  return seen
}

/** The pages over their budget, or contacting another origin, in words a developer can act on. */
export function overBudget(weights: PageWeight[]): string[] {
  return weights.flatMap((weight) => {
    const budget = budgets[weight.page] ?? defaultBudget
    const problems = (['html', 'css', 'js'] as const)
      .filter((kind) => weight[kind] > budget[kind])
      .map(
        (kind) =>
          `${weight.page}: ${kind.toUpperCase()} ${format(weight[kind])} over its budget of ${format(budget[kind])}`,
      )
    return [
      ...problems,
      ...weight.foreignRequests.map((url) => `${weight.page}: request to another origin (${url})`),
    ]
  })
}

/** The weight table the build prints: every page of a site of up to `rows` pages, else the
 * heaviest ones (a log of thousands of lines would hide the rest of the build's output). */
export function weightTable(weights: PageWeight[], rows = 100): string {
  const shown =
    weights.length <= rows ? weights : [...weights].sort((a, b) => b.html - a.html).slice(0, rows)
  const lines = shown.map(
    (w) =>
      `${w.page.padEnd(28)} ${format(w.html).padStart(9)} ${format(w.css).padStart(9)} ${format(w.js).padStart(9)}`,
  )
  const others = weights.length - shown.length
  return [
    `${'page (gzipped)'.padEnd(28)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS'.padStart(9)}`,
    ...lines,
    ...(others > 0 ? [`… and ${others} lighter pages (HTML)`] : []),
  ].join('\n')
}

function format(bytes: number): string {
  return `${(bytes / kB).toFixed(1)} kB`
}
