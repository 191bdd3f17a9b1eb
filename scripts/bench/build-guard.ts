// `npm run bench:build-guard` (run by .ci/run): builds 1,000 synthetic pages with the site's
// layout and integrations, and the same pages bare (a <main> and the MDX, indexed by Pagefind),
// in the same run. Fails when the site build fails (a page over its budget fails it) or when it
// takes more than 2× the bare build: navigation or an integration growing faster than the
// number of pages (a side menu listing every page again takes it to 4–5×). CPU time, not wall
// clock: these machines are shared and noisy, and the build's processes cost the same CPU
// whatever else runs. A 100-page pair runs first, so that both builds at 1,000 pages find the
// caches a CI run has (Vite's dependencies, the demo statistics); its ratio is printed, not judged.
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
const root = resolve('.data/bench-guard')

async function measure(size: number): Promise<number> {
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
  const ratio = site.cpuSeconds / bare.cpuSeconds
  console.log(
    `${String(size).padStart(5)} pages: site ${site.cpuSeconds.toFixed(1)} s of CPU (${site.seconds.toFixed(1)} s wall; ${shares}), bare ${bare.cpuSeconds.toFixed(1)} s of CPU (${bare.seconds.toFixed(1)} s wall): ${ratio.toFixed(2)}×`,
  )
  return ratio
}

await measure(pages / 10)
const ratio = await measure(pages)
if (!(ratio <= limit)) {
  console.error(
    `Build guard: FAILED, the site build of ${pages} pages takes ${ratio.toFixed(2)}× the bare build's CPU time (over ${limit}×): something in the build grows faster than the number of pages (see npm run bench:build).`,
  )
  process.exit(1)
}
console.log(
  `Build guard: ok, the site build of ${pages} pages takes ${ratio.toFixed(2)}× the bare build's CPU time (limit ${limit}×), every page within its budget.`,
)
await rm(root, { recursive: true, force: true })
