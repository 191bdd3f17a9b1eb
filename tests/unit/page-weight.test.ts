import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureSite, type PageWeight, weightTable } from '../../src/integrations/page-weight.ts'

let dist: string
const files: Record<string, string> = {
  '_astro/site.css': `body{color:red}${'.a{margin:0}'.repeat(50)}`,
  '_astro/page.js': `import "./shared.js";console.log("page")`,
  '_astro/shared.js': `export const shared = ${'1+'.repeat(200)}1`,
  '_astro/other.js': 'console.log("other")',
  'index.html':
    '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/page.js"></script>Accueil</body></html>',
  'faq/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/page.js"></script>Questions fréquentes, une page plus longue</body></html>',
  'outil/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/other.js"></script><img src="https://ailleurs.example/pixel.gif"></body></html>',
}
const gzipped = (file: string) => gzipSync(Buffer.from(files[file] ?? '')).byteLength

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'dedale-page-weight-'))
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dist, file, '..'), { recursive: true })
    await writeFile(join(dist, file), text)
  }
})
afterAll(() => rm(dist, { recursive: true, force: true }))

describe('measureSite', () => {
  it('measures each page with what its own tags load, pages sharing tags or not', async () => {
    const weights = Object.fromEntries((await measureSite(dist)).map((w) => [w.page, w]))
    const css = gzipped('_astro/site.css')
    expect(weights['/']).toEqual({
      page: '/',
      html: gzipped('index.html'),
      css,
      js: gzipped('_astro/page.js') + gzipped('_astro/shared.js'),
      foreignRequests: [],
    })
    expect(weights['/faq/']).toMatchObject({
      html: gzipped('faq/index.html'),
      js: gzipped('_astro/page.js') + gzipped('_astro/shared.js'),
    })
    expect(weights['/outil/']).toEqual({
      page: '/outil/',
      html: gzipped('outil/index.html'),
      css,
      js: gzipped('_astro/other.js'),
      foreignRequests: ['https://ailleurs.example/pixel.gif'],
    })
  })
})

describe('weightTable', () => {
  const weights = (count: number): PageWeight[] =>
    Array.from({ length: count }, (_, index) => ({
      page: `/page-${index}/`,
      html: index * 10,
      css: 0,
      js: 0,
      foreignRequests: [],
    }))

  it('lists every page of a small site', () => {
    const table = weightTable(weights(3)).split('\n')
    expect(table).toHaveLength(4)
    expect(table.slice(1).map((line) => line.split(' ')[0])).toEqual([
      '/page-0/',
      '/page-1/',
      '/page-2/',
    ])
  })

  it('lists the heaviest pages of a large site and counts the others', () => {
    const table = weightTable(weights(150), 100).split('\n')
    expect(table).toHaveLength(102)
    expect(table[1]?.split(' ')[0]).toBe('/page-149/')
    expect(table.at(-1)).toBe('… and 50 lighter pages (HTML)')
  })
})
