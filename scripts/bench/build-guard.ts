// `npm run bench:build-guard` (run by .ci/run): builds 1,000 synthetic pages with the site's
// layout and integrations, and the same pages bare, in the same run; fails when the site build
// takes more than twice the bare one (navigation or an integration growing faster than the pages)
// or when the site build fails (a page over its budget fails it). A ratio measured side by side,
// not an absolute time: CI machines are noisy.
//
//   npm run bench:build-guard [-- --pages=1000 --limit=2]
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildBare, buildSite, prepareContent } from './build-runs.ts'

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '2' },
  },
})
const pages = Number(values.pages)
const limit = Number(values.limit)
const dir = resolve('.data/bench-guard', String(pages))

const content = await prepareContent(dir, pages)
const site = await buildSite(dir, content)
if (site.failure) {
  console.error(`Build guard: FAILED, the site build of ${pages} pages failed.\n${site.failure}`)
  process.exit(1)
}
const bare = await buildBare(dir, content)
// CPU time: what the build costs, whatever else the machine runs meanwhile.
const ratio = site.cpuSeconds / bare.cpuSeconds
const shares = Object.entries(site.shares)
  .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
  .join(', ')
console.log(
  `Build guard, ${pages} pages: site ${site.cpuSeconds.toFixed(1)} s of CPU (${site.seconds.toFixed(1)} s wall; ${shares}), bare ${bare.cpuSeconds.toFixed(1)} s of CPU (${bare.seconds.toFixed(1)} s wall): ${ratio.toFixed(2)}× (limit ${limit}×).`,
)
if (ratio > limit) {
  console.error(
    `Build guard: FAILED, the site build takes ${ratio.toFixed(2)}× the bare build (over ${limit}×): something in the build grows faster than the number of pages (see npm run bench:build).`,
  )
  process.exit(1)
}
console.log('Build guard: ok (every page within its budget).')
await rm(dir, { recursive: true, force: true })
