// `npm start`: builds the site, starts the embedded database (unless a store is configured) and
// serves site + functions on one port through Netlify's emulator, sending mail and purging as
// the production schedules do. Ctrl-C stops everything.
//
//   npm start                        build, then serve on PORT (default 8888)
//   npm start -- --no-build          serve the existing dist/
//   npm start -- --data-dir=<dir>    keep the embedded database elsewhere than .data/pglite
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { prepareLocalEnvironment } from './local-environment.ts'
import { startLocalSchedules } from './local-schedules.ts'
import { startLocalServer } from './local-server.ts'

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: '.data/pglite' },
  },
})

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const { env, database } = await prepareLocalEnvironment(values['data-dir'])
const server = await startLocalServer({ port: Number(process.env.PORT ?? 8888), env })
// Links in emails (the workspace's request pages) point at this server unless SITE_URL says otherwise.
process.env.SITE_URL ??= server.url
const stopSchedules = startLocalSchedules({ ...env, SITE_URL: process.env.SITE_URL })
console.log(`\n  Dédale is running at ${server.url}/  (Ctrl-C to stop)\n`)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  console.log('Stopping…')
  stopSchedules()
  await server.stop()
  await database?.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
