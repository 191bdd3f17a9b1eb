// `npm run bench:build-guard` (run by .ci/run): builds synthetic pages with the site's layout and
// integrations, and the same pages bare, in the same run, at 100 and 1,000 pages. Fails when
// the site build fails (a page over its budget fails it) or when, from 100 to 1,000 pages, the
// site build's cost grows more than 3× as fast as the bare build's: navigation or an
// integration growing faster than the number of pages. Measured on a loaded 2-core machine: a
// correct build grows 2.2–2.3× as fast (each page carries the site's header, footer, menus and
// budgets), a side menu listing every page again 5.5×. CPU time, not wall clock: these machines
// are shared and noisy, and the build's processes cost the same CPU whatever else runs. The
// growth, not the totals: the site's fixed cost (its tools, scripts and styles, ~10 s of CPU)
// would otherwise weigh on a 1,000-page ratio without saying anything about scaling.
//
//   npm run bench:build-guard [-- --pages=1000 --limit=3]
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildBare, buildSite, prepareContent } from './build-runs.ts'

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '3' },
  },
})
const pages = Number(values.pages)
const limit = Number(values.limit)
const root = resolve('.data/bench-guard')

async function measure(size: number) {
  const dir = resolve(root, String(size))
  const content = await prepareContent(dir, size)
  const site = await buildSite(dir, content)
  if (site.failure) {
    console.error(`Build guard: FAILED, the site build of ${size} pages failed.\n${site.failure}`)
    process.exit(1)
  }
  const bare = await buildBare(dir, content)
  const shares = Object.entries(site.shares)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ')
  console.log(
    `${String(size).padStart(5)} pages: site ${site.cpuSeconds.toFixed(1)} s of CPU (${site.seconds.toFixed(1)} s wall; ${shares}), bare ${bare.cpuSeconds.toFixed(1)} s of CPU (${bare.seconds.toFixed(1)} s wall): ${(site.cpuSeconds / bare.cpuSeconds).toFixed(2)}×`,
  )
  return { site: site.cpuSeconds, bare: bare.cpuSeconds }
}

const small = await measure(pages / 10)
const large = await measure(pages)
const growth = (large.site - small.site) / (large.bare - small.bare)
console.log(
  `Build guard: from ${pages / 10} to ${pages} pages the site build's CPU time grows ${growth.toFixed(2)}× as fast as the bare build's (limit ${limit}×).`,
)
if (!(growth <= limit)) {
  console.error(
    `Build guard: FAILED, the site build grows ${growth.toFixed(2)}× as fast as the bare build (over ${limit}×): something in the build grows faster than the number of pages (see npm run bench:build).`,
  )
  process.exit(1)
}
console.log('Build guard: ok (every page within its budget).')
await rm(root, { recursive: true, force: true })
