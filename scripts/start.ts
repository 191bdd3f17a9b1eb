// `npm start`: builds the site, starts the embedded database (unless a store is configured) and
// serves site + functions on one port through Netlify's emulator. Ctrl-C stops everything.
//
//   npm start                 build, then serve on PORT (default 8888)
//   npm start -- --no-build   serve the existing dist/
//   npm start -- --data-dir=<dir>   keep the embedded database elsewhere than .data/pglite
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { type EmbeddedDatabase, spawnEmbeddedDatabase } from './database/spawn-embedded-database.ts'
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

const configured = process.env.DATABASE_URL || process.env.SUPABASE_URL
let database: EmbeddedDatabase | undefined
if (!configured) {
  database = await spawnEmbeddedDatabase({ dataDir: values['data-dir'] })
  console.log(`Embedded database (PGlite) ready, data in ${values['data-dir']}`)
}

const server = await startLocalServer({
  port: Number(process.env.PORT ?? 8888),
  env: database ? { DATABASE_URL: database.databaseUrl } : {},
})
console.log(`\n  Dédale is running at ${server.url}/  (Ctrl-C to stop)\n`)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  console.log('Stopping…')
  await server.stop()
  await database?.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
