// `npm run bench:build`: synthetic content of 100, 1,000 and 10,000 pages, built and indexed
// with the site's layout and, side by side, with a bare layout (a <main> and the MDX); prints
// build times, their ratio, the Pagefind index size and what a browser downloads per query.
//
//   npm run bench:build [-- --sizes=100,1000,10000] [--record]
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as pagefind from 'pagefind'
import { chromium } from 'playwright-core'
import { compareWithPrevious } from './history.ts'
import { serveStatic } from './static-server.ts'
import { writeSyntheticContent } from './synthetic-content.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    record: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const root = resolve('.data/bench')

const rows: string[] = []
const figures: Record<string, number> = {}
for (const size of sizes) {
  const dir = join(root, String(size))
  await rm(dir, { recursive: true, force: true })
  await writeSyntheticContent(join(dir, 'content'), size)

  const site = join(dir, 'site')
  const siteSeconds = timed(() =>
    run(['astro', 'build', '--outDir', site], {
      DEDALE_CONTENT_DIR: join(dir, 'content'),
      DEDALE_BUDGETS: 'report',
    }),
  )
  const bare = await writeBareProject(join(dir, 'bare'), join(dir, 'content'))
  const bareSeconds =
    timed(() => run(['astro', 'build', '--root', bare])) +
    (await timedAsync(() => indexWithPagefind(join(bare, 'dist'))))

  const indexBytes = await folderBytes(join(site, 'pagefind'))
  const [first, second] = await queryBytes(site)
  Object.assign(figures, {
    [`${size} pages: site build (s)`]: siteSeconds,
    [`${size} pages: bare build (s)`]: bareSeconds,
    [`${size} pages: index (kB)`]: indexBytes / 1024,
    [`${size} pages: first query (kB)`]: first / 1024,
    [`${size} pages: second query (kB)`]: second / 1024,
  })
  rows.push(
    `${String(size).padStart(6)}  ${`${siteSeconds.toFixed(1)} s`.padStart(8)}  ${`${bareSeconds.toFixed(1)} s`.padStart(8)}  ${(siteSeconds / bareSeconds).toFixed(2).padStart(5)}×  ${kB(indexBytes).padStart(10)}  ${kB(first).padStart(10)}  ${kB(second).padStart(10)}`,
  )
}

console.log('\n pages      site      bare  ratio       index   1st query   2nd query')
for (const row of rows) console.log(row)
console.log(
  '\nTargets: 10,000 pages in under 120 s; site ≤ 1.3× bare; first query under 250 kB at 10,000 pages.',
)
await compareWithPrevious('build', figures, values.record)

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync('npx', args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed`)
}

function timed(work: () => void): number {
  const start = performance.now()
  work()
  return (performance.now() - start) / 1000
}

async function timedAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await work()
  return (performance.now() - start) / 1000
}

/** The same content with nothing around it: the build's floor. */
async function writeBareProject(dir: string, content: string): Promise<string> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true })
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx'\nexport default { integrations: [mdx()] }\n`,
  )
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content'\nimport { glob } from 'astro/loaders'\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(content)} }) }) }\n`,
  )
  await writeFile(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content'\nexport async function getStaticPaths() {\n  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id === 'index' ? undefined : entry.id }, props: { entry } }))\n}\nconst { Content } = await render(Astro.props.entry)\n---\n<html lang="fr"><body><main><Content /></main></body></html>\n`,
  )
  return dir
}

async function indexWithPagefind(dist: string): Promise<void> {
  const { index } = await pagefind.createIndex({})
  await index?.addDirectory({ path: dist })
  await index?.writeFiles({ outputPath: join(dist, 'pagefind') })
  await pagefind.close()
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file))
    if (info.isFile()) total += info.size
  }
  return total
}

/** Bytes the browser fetches from /pagefind/ for a first query, then for a second one. */
async function queryBytes(site: string): Promise<[number, number]> {
  const server = await serveStatic(site)
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    let bytes = 0
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/'))
        bytes += (await response.body().catch(() => Buffer.alloc(0))).byteLength
    })
    await page.goto(`${server.url}/recherche/`)
    const search = (query: string) =>
      page.evaluate(async (q) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)
        const results = await pagefind.search(q)
        await Promise.all(
          results.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()),
        )
      }, query)
    await search('ravalement façade')
    await page.waitForTimeout(200)
    const first = bytes
    await search('toiture')
    await page.waitForTimeout(200)
    return [first, bytes - first]
  } finally {
    await browser.close()
    await server.close()
  }
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`
}
