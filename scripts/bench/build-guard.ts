// `npm run bench:build-guard` (run by .ci/run): builds synthetic pages with the site's layout and
// integrations, and the same pages bare (a <main> and the MDX, indexed by Pagefind), in the same
// run, at 100 and 1,000 pages. Fails when the site build fails (a page over its budget fails it);
// when, at 1,000 pages, the site build takes more than 2× the bare build, in wall-clock time and in
// CPU time both (a real regression shows in both; a busy moment of the machine rarely pushes
// both); when, from 100 to 1,000 pages, the site build's CPU time grows more than 3× as fast as
// the bare build's (navigation or an integration growing faster than the number of pages); or
// when the heaviest synthetic page's HTML at 1,000 pages weighs over 1.25× what it weighs at 100
// (bytes, not time: the same on any machine), which is how navigation that lists every page
// shows first.
//
// A correct build measured 1.38–1.46× (wall) and 1.59–1.65× (CPU) at 1,000 pages on a quiet
// machine; a side menu listing every page again, 2.05× and 2.37×, its heaviest page 5.7 → 14.4 kB
// (docs/benchmarks.md).
//
//   npm run bench:build-guard [-- --pages=1000 --limit=3 --ratio=2]
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildBare, buildSite, heaviestHtml, prepareContent } from './build-runs.ts'

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '3' },
    ratio: { type: 'string', default: '2' },
  },
})
const pages = Number(values.pages)
const limit = Number(values.limit)
const ratioLimit = Number(values.ratio)
const root = resolve('.data/bench-guard')
// The heaviest synthetic page may weigh this much more at 1,000 pages than at 100 (a longer
// number in a link, a pagination with more pages), not more.
const htmlGrowthLimit = 1.25

async function measure(
  size: number,
): Promise<{ site: number; bare: number; siteWall: number; bareWall: number; html: number }> {
  const dir = resolve(root, String(size))
  const content = await prepareContent(dir, size)
  const site = await buildSite(dir, content)
  if (site.failure) {
    console.error(`Build guard: FAILED, the site build of ${size} pages failed.\n${site.failure}`)
    process.exit(1)
  }
  const bare = await buildBare(dir, content)
  const heaviest = await heaviestHtml(resolve(dir, 'site'), 'fiches-travaux')
  const shares = Object.entries(site.shares)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ')
  console.log(
    `${String(size).padStart(5)} pages: site ${site.cpuSeconds.toFixed(1)} s of CPU (${site.seconds.toFixed(1)} s wall; ${shares}), bare ${bare.cpuSeconds.toFixed(1)} s of CPU (${bare.seconds.toFixed(1)} s wall): ${(site.cpuSeconds / bare.cpuSeconds).toFixed(2)}×; heaviest synthetic page ${(heaviest.bytes / 1024).toFixed(1)} kB of gzipped HTML (${heaviest.page})`,
  )
  return {
    site: site.cpuSeconds,
    bare: bare.cpuSeconds,
    siteWall: site.seconds,
    bareWall: bare.seconds,
    html: heaviest.bytes,
  }
}

const small = await measure(pages / 10)
const large = await measure(pages)
const growth = (large.site - small.site) / (large.bare - small.bare)
const wallRatio = large.siteWall / large.bareWall
const cpuRatio = large.site / large.bare
console.log(
  `Build guard: at ${pages} pages the site build takes ${wallRatio.toFixed(2)}× the bare build's wall-clock time and ${cpuRatio.toFixed(2)}× its CPU time (limit ${ratioLimit}×); from ${pages / 10} to ${pages} pages its CPU time grows ${growth.toFixed(2)}× as fast as the bare build's (limit ${limit}×).`,
)
const failures: string[] = []
if (wallRatio > ratioLimit && cpuRatio > ratioLimit)
  failures.push(
    `at ${pages} pages the site build takes ${wallRatio.toFixed(2)}× the bare build's time (${cpuRatio.toFixed(2)}× its CPU time), over ${ratioLimit}× (see npm run bench:build).`,
  )
if (!(growth <= limit))
  failures.push(
    `the site build grows ${growth.toFixed(2)}× as fast as the bare build (over ${limit}×): something in the build grows faster than the number of pages (see npm run bench:build).`,
  )
// Measured, not timed: a page whose HTML grows with the number of pages (a menu or a list that
// is not bounded) fails here whatever the machine's load.
if (large.html > small.html * htmlGrowthLimit)
  failures.push(
    `the heaviest synthetic page weighs ${(large.html / 1024).toFixed(1)} kB of gzipped HTML at ${pages} pages against ${(small.html / 1024).toFixed(1)} kB at ${pages / 10} (over ${htmlGrowthLimit}×): its navigation grows with the number of pages.`,
  )
for (const failure of failures) console.error(`Build guard: FAILED, ${failure}`)
if (failures.length > 0) process.exit(1)
console.log(
  `Build guard: ok (every page within its budget; heaviest synthetic page ${(large.html / 1024).toFixed(1)} kB at ${pages} pages, ${(small.html / 1024).toFixed(1)} kB at ${pages / 10}).`,
)
await rm(root, { recursive: true, force: true })
