// `npm run bench:search`: in Chromium, time from typing a query to the first results shown, for
// 20 queries on the 1,000-page synthetic build (made by `npm run bench:build` if missing).
//
//   npm run bench:search [-- --record]

import { spawnSync } from 'node:child_process'
import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { compareWithPrevious } from './history.ts'
import { serveStatic } from './static-server.ts'

const site = resolve('.data/bench/1000/site')
const queries = [
  'ravalement',
  'fenêtres',
  'panneaux solaires',
  'toiture',
  'isolation',
  'abri de jardin',
  'devanture',
  'clôture',
  'démolition',
  'pompe à chaleur',
  'fenêtre de toit',
  'extension',
  'monument historique',
  'site inscrit',
  'site patrimonial remarquable',
  'église',
  'château',
  'matériaux',
  'déclaration préalable',
  'permis de construire',
]

await access(resolve(site, 'index.html')).catch(() => {
  const built = spawnSync('node', ['scripts/bench/build.ts', '--sizes=1000'], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(1)
})

const server = await serveStatic(site)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const times: number[] = []
const empty: string[] = []
try {
  const page = await browser.newPage()
  await page.goto(`${server.url}/recherche/`)
  for (const query of queries) {
    const input = page.locator('#recherche-page-input')
    await input.fill(query)
    const start = performance.now()
    await input.press('Enter')
    // Results, or the sentence saying there are none: either way the search has answered.
    await page.waitForFunction(() =>
      /résultat/.test(document.querySelector('#recherche-statut')?.textContent ?? ''),
    )
    times.push(performance.now() - start)
    if ((await page.locator('#recherche-resultats li').count()) === 0) empty.push(query)
  }
} finally {
  await browser.close()
  await server.close()
}
times.sort((a, b) => a - b)
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
console.log(
  `\nSearch, 1,000 pages, ${queries.length} queries (typing → first results, page navigation included)`,
)
console.log(
  `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`,
)
if (empty.length) console.log(`no result for: ${empty.join(', ')}`)
const { values } = parseArgs({ options: { record: { type: 'boolean', default: false } } })
await compareWithPrevious('search', { 'median (ms)': at(0.5), 'p95 (ms)': at(0.95) }, values.record)
