// `npm run bench:build-guard` (run by .ci/run): builds 1,000 synthetic pages with the site's
// layout and integrations, and the same pages bare (a <main> and the MDX, indexed by Pagefind),
// in the same run. Fails when the site build fails (a page over its budget fails it) or when it
// takes more than 2× the bare build: navigation or an integration growing faster than the
// number of pages (a side menu listing every page again takes it to 3.5×). CPU time, not wall
// clock: these machines are shared, and the build's processes cost about the same CPU whatever
// else runs. Each build runs twice, alternated, and the lower CPU time of each counts: on a busy
// machine one run of the same code measured anywhere from 1.6× to 2.0×, and contention only
// ever adds time (the second run also finds the caches the first one filled, for both builds).
//
//   npm run bench:build-guard [-- --pages=1000 --limit=2 --runs=2]
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildBare, buildSite, prepareContent } from './build-runs.ts'

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '2' },
    runs: { type: 'string', default: '2' },
  },
})
const pages = Number(values.pages)
const limit = Number(values.limit)
const root = resolve('.data/bench-guard')
const dir = resolve(root, String(pages))
const content = await prepareContent(dir, pages)

let site = Number.POSITIVE_INFINITY
let bare = Number.POSITIVE_INFINITY
for (let run = 1; run <= Number(values.runs); run++) {
  const built = await buildSite(dir, content)
  if (built.failure) {
    console.error(`Build guard: FAILED, the site build of ${pages} pages failed.\n${built.failure}`)
    process.exit(1)
  }
  const floor = await buildBare(dir, content)
  const shares = Object.entries(built.shares)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ')
  console.log(
    `${pages} pages, run ${run}: site ${built.cpuSeconds.toFixed(1)} s of CPU (${built.seconds.toFixed(1)} s wall; ${shares}), bare ${floor.cpuSeconds.toFixed(1)} s of CPU (${floor.seconds.toFixed(1)} s wall): ${(built.cpuSeconds / floor.cpuSeconds).toFixed(2)}×`,
  )
  site = Math.min(site, built.cpuSeconds)
  bare = Math.min(bare, floor.cpuSeconds)
}
const ratio = site / bare
const figures = `${site.toFixed(1)} s against ${bare.toFixed(1)} s of CPU, the lower of each`
if (!(ratio <= limit)) {
  console.error(
    `Build guard: FAILED, the site build of ${pages} pages takes ${ratio.toFixed(2)}× the bare build (${figures}; over ${limit}×): something in the build grows faster than the number of pages (see npm run bench:build).`,
  )
  process.exit(1)
}
console.log(
  `Build guard: ok, the site build of ${pages} pages takes ${ratio.toFixed(2)}× the bare build (${figures}; limit ${limit}×), every page within its budget.`,
)
await rm(root, { recursive: true, force: true })
