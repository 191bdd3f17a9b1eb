// The layers are enforced by Biome (biome.json, noRestrictedImports per folder): each deliberate
// violation of tests/fixtures/layers is linted with the project's configuration and must fail,
// while the same files importing within their layer pass.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import violations from '../fixtures/layers/violations.json' with { type: 'json' }

const root = mkdtempSync(join(tmpdir(), 'dedale-layers-'))
const biome = resolve('node_modules/.bin/biome')
const { $schema: _schema, ...config } = JSON.parse(readFileSync('biome.json', 'utf8'))
writeFileSync(join(root, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function lint(path: string, source: string): string {
  const file = join(root, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, source)
  try {
    execFileSync(biome, ['lint', '--only=style/noRestrictedImports', path], {
      cwd: root,
      stdio: 'pipe',
      encoding: 'utf8',
    })
    return ''
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    return `${stdout}${stderr}`
  } finally {
    rmSync(file)
  }
}

it.each(Object.entries(violations))('refuses %s', (path, source) => {
  expect(lint(path, source)).toContain('noRestrictedImports')
})

it('accepts an import within the layer', () => {
  expect(
    lint(
      'src/client/imports-client.ts',
      "import { h } from './dom.ts'\n\nexport const probe = h\n",
    ),
  ).toBe('')
})
