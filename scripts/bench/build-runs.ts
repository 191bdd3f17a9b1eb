// The measured parts of the build benchmark, shared by `bench:build` (the report) and
// `bench:build-guard` (the CI check): the site build with each integration timed, the bare build
// of the same content, the link check, and the heaviest page's HTML.
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { checkLinks } from '../../src/integrations/link-check.ts'
import { writeSyntheticContent } from './synthetic-content.ts'

/** Wall-clock seconds, and CPU seconds of every process of the build (steadier on a busy machine). */
export interface Timing {
  seconds: number
  cpuSeconds: number
}

export interface SiteBuild extends Timing {
  /** Seconds per part: rendering (Astro's page generation) and each after-build integration. */
  shares: Record<string, number>
  /** Seconds from the search copies' start to Pagefind's index written, beside the other passes. */
  searchSeconds?: number
  /** Why the build failed (a page over its budget…), if it did. */
  failure?: string
}

/** Integration names as the report prints them (the others without their "dedale:"). */
const shareNames: Record<string, string> = {
  '@astrojs/sitemap': 'sitemap',
  'dedale:unused-utility-css': 'unused CSS',
  'dedale:security-headers': 'headers',
  'dedale:statistics-snapshot': 'stats',
  // A worker writes the pages' searchable copies, then Pagefind indexes them in its own process,
  // while the unused-CSS pass, the budgets and the CMS run: the first share starts them, the
  // second waits for the index after those passes (`searchSeconds` is their own time, beside them).
  'dedale:pagefind': 'search (start)',
  'dedale:pagefind-written': 'search (waited)',
}

/** Writes `size` synthetic pages under `dir`/content; returns that folder. */
export async function prepareContent(dir: string, size: number): Promise<string> {
  await rm(dir, { recursive: true, force: true })
  const content = join(dir, 'content')
  await writeSyntheticContent(content, size)
  return content
}

/** The site's own build of the content, from cold, timed as a whole and part by part. */
export async function buildSite(dir: string, content: string): Promise<SiteBuild> {
  const timings = join(dir, 'timings.json')
  const site = join(dir, 'site')
  // From cold: no content cache of an earlier build (astro.config.mjs), no output to empty first.
  for (const left of [site, join(dir, 'astro-cache')])
    await rm(left, { recursive: true, force: true })
  const result = await astro(dir, ['build', '--outDir', site], {
    DEDALE_CONTENT_DIR: content,
    DEDALE_BUILD_TIMINGS: timings,
  })
  const { seconds, cpuSeconds } = result
  if (result.failure) return { seconds, cpuSeconds, shares: {}, failure: result.failure }
  const integrations = JSON.parse(await readFile(timings, 'utf8')) as Record<string, number>
  const shares: Record<string, number> = { rendering: renderingSeconds(result.stdout) }
  for (const [name, seconds] of Object.entries(integrations))
    shares[shareNames[name] ?? name.replace(/^dedale:/, '')] = seconds
  const search = result.stdout.match(/Pagefind indexed \d+ pages in ([\d.]+) s/)
  return { seconds, cpuSeconds, shares, searchSeconds: Number(search?.[1] ?? 0) }
}

/** The same content with nothing around it (a <main> and the MDX), indexed by Pagefind: the floor. */
export async function buildBare(dir: string, content: string): Promise<Timing> {
  // From cold, as the site: a new project, without an earlier build's cache or output.
  await rm(join(dir, 'bare'), { recursive: true, force: true })
  const project = await writeBareProject(join(dir, 'bare'), content)
  const result = await astro(dir, ['build', '--root', project])
  if (result.failure) throw new Error(`The bare build failed: ${result.failure}`)
  return { seconds: result.seconds, cpuSeconds: result.cpuSeconds }
}

/**
 * The link check the site tests run, timed. Only links into the synthetic section count as
 * broken: the header and footer link to pages of the real site that the synthetic one lacks.
 */
export async function timedLinkCheck(site: string): Promise<{ seconds: number; broken: string[] }> {
  const start = performance.now()
  const report = await checkLinks(site)
  const seconds = (performance.now() - start) / 1000
  const broken = report.broken.filter((line) => line.includes('→ /fiches-travaux/'))
  return { seconds, broken }
}

/** The built page with the most HTML, gzipped (the budget is 20 kB), among those under `under`. */
export async function heaviestHtml(
  site: string,
  under = '',
): Promise<{ page: string; bytes: number }> {
  let heaviest = { page: '', bytes: 0 }
  for (const file of await readdir(site, { recursive: true })) {
    if (!file.endsWith('.html') || !file.startsWith(under) || file.startsWith('pagefind')) continue
    const bytes = gzipSync(await readFile(join(site, file))).byteLength
    if (bytes > heaviest.bytes) heaviest = { page: `/${file.replace(/index\.html$/, '')}`, bytes }
  }
  return heaviest
}

/** `astro …`, timed: wall clock, and CPU time of the build's processes (from bash's `times`). */
async function astro(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Timing & { stdout: string; failure?: string }> {
  const timesFile = join(dir, 'times.txt')
  const start = performance.now()
  const result = spawnSync(
    'bash',
    ['-c', 'npx astro "$@"; status=$?; times > "$TIMES_FILE"; exit $status', 'astro', ...args],
    {
      env: { ...process.env, ...env, TIMES_FILE: timesFile },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    },
  )
  const seconds = (performance.now() - start) / 1000
  const children = (await readFile(timesFile, 'utf8')).trim().split('\n').at(-1) ?? ''
  const cpuSeconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, minutes, secs]) => sum + Number(minutes) * 60 + Number(secs),
    0,
  )
  // Astro's output, kept for a look at its own phase timings.
  await writeFile(
    join(dir, `${args.includes('--root') ? 'bare' : 'site'}.log`),
    result.stdout ?? '',
  )
  const timing = { seconds, cpuSeconds, stdout: result.stdout ?? '' }
  if (result.status === 0) return timing
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
  const error = output.match(/Page budgets exceeded:[\s\S]*?(?=\n\s*(?:at |Location|Stack)|$)/)
  return {
    ...timing,
    failure: (error?.[0] ?? output.trim().split('\n').slice(-20).join('\n')).trim(),
  }
}

/** Astro's own timing of the page generation ("generating static routes … Completed in 25.3s"). */
function renderingSeconds(stdout: string): number {
  const after = stdout.slice(stdout.indexOf('generating static routes'))
  const match = after.match(/Completed in (?:(\d+)m )?([\d.]+)(ms|s)/)
  if (!match) return 0
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1)
}

async function writeBareProject(dir: string, content: string): Promise<string> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true })
  // Indexed with Pagefind's defaults (the whole directory) in the same process, as the site is.
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
const bareIndex = { name: 'bare-pagefind', hooks: { 'astro:build:done': async ({ dir }) => {
  const { index } = await pagefind.createIndex({})
  await index.addDirectory({ path: fileURLToPath(dir) })
  await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) })
  await pagefind.close()
} } }
export default { integrations: [mdx(), bareIndex] }
`,
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
