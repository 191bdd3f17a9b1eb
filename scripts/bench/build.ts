// `npm run bench:build`: synthetic content of 100, 1,000 and 10,000 pages, built and indexed
// with the site's layout and integrations (real page budgets: an over-budget page fails the run)
// and, side by side, with a bare layout (a <main> and the MDX); prints build times, their ratio,
// each part's share of the site build, the heaviest page, the Pagefind index size and what a
// browser downloads from the index for a first search on the search page, then a second one.
//
// With --repeat=N, each size is built N times each way, alternately (site then bare, then bare
// then site…), every build from cold: the figures are the medians, and the ratio the median of
// each round's ratio (this machine's speed drifts by more than the 1.3× target's margin between
// two builds a minute apart).
//
//   npm run bench:build [-- --sizes=100,1000,10000] [--repeat=3] [--record]
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import {
  buildBare,
  buildSite,
  heaviestHtml,
  prepareContent,
  type SiteBuild,
  type Timing,
  timedLinkCheck,
} from './build-runs.ts'
import { compareWithPrevious } from './history.ts'
import { serveStatic } from './static-server.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    repeat: { type: 'string', default: '1' },
    record: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const repeat = Number(values.repeat)
const root = resolve('.data/bench')

const rows: string[] = []
const shareRows: string[] = []
const figures: Record<string, number> = {}
const roundLines: string[] = []
let shareHeader = ''
for (const size of sizes) {
  const dir = join(root, String(size))
  const content = await prepareContent(dir, size)
  const site = join(dir, 'site')
  const rounds: { site: SiteBuild; bare: Timing }[] = []
  for (let round = 0; round < repeat; round++) {
    const siteFirst = round % 2 === 0
    const bareBefore = siteFirst ? undefined : await buildBare(dir, content)
    const build = await buildSite(dir, content)
    if (build.failure) {
      console.error(`\n${size} pages: the site build failed.\n${build.failure}`)
      process.exit(1)
    }
    rounds.push({ site: build, bare: bareBefore ?? (await buildBare(dir, content)) })
  }
  // The round of the median site build gives the parts; the times are each side's median.
  const build = medianBy(rounds, ({ site }) => site.seconds).site
  const bare = {
    seconds: median(rounds.map((round) => round.bare.seconds)),
    cpuSeconds: median(rounds.map((round) => round.bare.cpuSeconds)),
  }
  const siteSeconds = median(rounds.map((round) => round.site.seconds))
  const siteCpuSeconds = median(rounds.map((round) => round.site.cpuSeconds))
  const ratio = median(rounds.map((round) => round.site.seconds / round.bare.seconds))
  const cpuRatio = median(rounds.map((round) => round.site.cpuSeconds / round.bare.cpuSeconds))
  if (repeat > 1)
    roundLines.push(
      `${String(size).padStart(6)}  ${rounds
        .map(
          (round, index) =>
            `${index % 2 === 0 ? 'site, bare' : 'bare, site'}: ${round.site.seconds.toFixed(1)} s / ${round.bare.seconds.toFixed(1)} s = ${(round.site.seconds / round.bare.seconds).toFixed(2)}×`,
        )
        .join('; ')}`,
    )
  const bareSeconds = bare.seconds
  const links = await timedLinkCheck(site)
  if (links.broken.length > 0) {
    console.error(`\n${size} pages: broken links.\n${links.broken.slice(0, 20).join('\n')}`)
    process.exit(1)
  }
  const heaviest = await heaviestHtml(site)
  const synthetic = await heaviestHtml(site, 'fiches-travaux')
  const indexBytes = await folderBytes(join(site, 'pagefind'))
  const [first, second] = await queryBytes(site)
  Object.assign(figures, {
    [`${size} pages: site build (s)`]: siteSeconds,
    [`${size} pages: bare build (s)`]: bareSeconds,
    [`${size} pages: site build CPU (s)`]: siteCpuSeconds,
    [`${size} pages: bare build CPU (s)`]: bare.cpuSeconds,
    [`${size} pages: heaviest HTML (kB)`]: heaviest.bytes / 1024,
    [`${size} pages: heaviest synthetic HTML (kB)`]: synthetic.bytes / 1024,
    [`${size} pages: index (kB)`]: indexBytes / 1024,
    [`${size} pages: first query (kB)`]: first / 1024,
    [`${size} pages: second query (kB)`]: second / 1024,
  })
  rows.push(
    `${String(size).padStart(6)}  ${`${siteSeconds.toFixed(1)} s`.padStart(8)}  ${`${bareSeconds.toFixed(1)} s`.padStart(8)}  ${ratio.toFixed(2).padStart(5)}×  ${cpuRatio.toFixed(2).padStart(5)}×  ${kB(heaviest.bytes, 1).padStart(9)}  ${kB(synthetic.bytes, 1).padStart(9)}  ${kB(indexBytes).padStart(10)}  ${kB(first).padStart(10)}  ${kB(second).padStart(10)}`,
  )
  // Neither counts in the build's parts: the search runs beside the passes, the link check after.
  const parts = {
    ...build.shares,
    'search (beside)': build.searchSeconds ?? 0,
    'link check': links.seconds,
  }
  const known = Object.values(build.shares).reduce((sum, seconds) => sum + seconds, 0)
  const shares = { ...parts, 'other (bundling…)': build.seconds - known }
  shareHeader = ` pages${Object.keys(shares)
    .map((name) => name.padStart(Math.max(name.length, 9) + 2))
    .join('')}`
  shareRows.push(
    `${String(size).padStart(6)}${Object.entries(shares)
      .map(([name, seconds]) =>
        `${seconds.toFixed(1)} s ${((seconds / build.seconds) * 100).toFixed(0).padStart(2)}%`.padStart(
          Math.max(name.length, 9) + 2,
        ),
      )
      .join('')}`,
  )
  for (const [name, seconds] of Object.entries(parts))
    figures[`${size} pages: ${name} (s)`] = seconds
  console.log(
    `${size} pages done; heaviest page: ${heaviest.page}, heaviest synthetic page: ${synthetic.page}`,
  )
}

console.log(
  '\n pages      site      bare  ratio    CPU  max HTML  synthetic       index   1st query   2nd query',
)
for (const row of rows) console.log(row)
console.log(
  repeat > 1
    ? `(${repeat} rounds: each side's median time; ratio: the median of the rounds' wall-clock ratios; CPU: of their CPU-time ratios)`
    : '(ratio: wall clock; CPU: CPU time of the build processes, steadier on a busy machine)',
)
if (roundLines.length > 0) console.log(`\nRounds (site / bare):\n${roundLines.join('\n')}`)
console.log(
  '\nShare of the site build ("search (beside)": the copies and the index, made beside the other passes; the link check runs in the site tests, after the build; their shares are against the build):',
)
console.log(shareHeader)
for (const row of shareRows) console.log(row)
console.log(
  '\nTargets: 10,000 pages in under 120 s; site ≤ 1.3× bare; first query under 250 kB at 10,000 pages; heaviest page (and synthetic page) under 20 kB of HTML (gzipped).',
)
await compareWithPrevious('build', figures, values.record)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** The item whose `value` is the median (the lower middle one of an even count). */
function medianBy<T>(items: T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b))
  return sorted[Math.floor((sorted.length - 1) / 2)] as T
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file))
    if (info.isFile()) total += info.size
  }
  return total
}

/**
 * Bytes a browser fetches from /pagefind/ for a first search, as a visitor makes it (the search
 * page opened with ?q=…, until its results are shown and the network is idle), then for a second
 * one typed in its form: transferred bytes, text compressed as a CDN sends it.
 */
async function queryBytes(site: string): Promise<[number, number]> {
  const server = await serveStatic(site)
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    // Bytes on the wire (compressed as a CDN sends them), response by response.
    const bodies: Promise<number>[] = []
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/'))
        bodies.push(
          response
            .request()
            .sizes()
            .then(
              (sizes) => sizes.responseBodySize,
              () => 0,
            ),
        )
    })
    const status = page.locator('#recherche-statut')
    const fetched = async () => {
      await page.waitForLoadState('networkidle')
      return (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0)
    }
    await page.goto(`${server.url}/recherche/?q=${encodeURIComponent('ravalement façade')}`)
    await status.filter({ hasText: /pour « ravalement façade »/ }).waitFor({ timeout: 120_000 })
    const first = await fetched()
    const input = page.locator('#recherche-page-input')
    await input.fill('toiture')
    await input.press('Enter')
    await status.filter({ hasText: /pour « toiture »/ }).waitFor({ timeout: 120_000 })
    return [first, (await fetched()) - first]
  } finally {
    await browser.close()
    await server.close()
  }
}

function kB(bytes: number, digits = 0): string {
  return `${(bytes / 1024).toFixed(digits)} kB`
}
