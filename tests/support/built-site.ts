// Global setup for suites that read or serve the built site: builds dist/ once per run, so that
// they never check a stale build.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')
let built = false

export default function setup(): void {
  if (built) return
  // Without a store, /stats/ is built from the demo seed: what the site suites expect.
  const { DATABASE_URL: _database, ...env } = process.env
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env })
  if (build.status !== 0) throw new Error('The site build failed: see the output above.')
  built = true
}
