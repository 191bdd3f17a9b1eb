// Global setup for suites that serve the site: builds dist/ once if it is missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

export default function setup(): void {
  if (existsSync(join(root, 'dist', 'index.html'))) return
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('The site build failed: see the output above.')
}
