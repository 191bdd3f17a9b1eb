// The embedded default database: PGlite (Postgres in WASM) in its own long-lived process, served
// over the Postgres protocol on a free local port, so that functions — evaluated afresh on every
// call by Netlify's emulator — reach it like any PostgreSQL server.
//
//   node scripts/database/embedded-database.ts [--data-dir=.data/pglite | --memory]
//
// Prints one JSON line `{"databaseUrl": "..."}` on stdout when ready; stops on SIGINT/SIGTERM or
// when its parent closes stdin.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { listMigrations, migrate, seedFile } from './migrate.ts'
import { pgliteRunner } from './sql-runner.ts'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.data/pglite' },
    memory: { type: 'boolean', default: false },
  },
})

const dataDir = values.memory ? undefined : values['data-dir']
const lockFile = dataDir && `${dataDir}.lock`
if (dataDir && lockFile) {
  await mkdir(dataDir, { recursive: true })
  await takeLock(lockFile)
}
const db = await PGlite.create(dataDir ? { dataDir } : {})
const runner = pgliteRunner(db)
const applied = await migrate(runner)
// A new database (every migration just applied) gets the demo data, as `supabase db reset` does.
if (applied.length === (await listMigrations()).length) {
  await runner.exec(await readFile(seedFile, 'utf8'))
}

const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 })
await server.start()
const address = server.getServerConn()
process.stdout.write(
  `${JSON.stringify({ databaseUrl: `postgres://postgres@${address}/postgres?sslmode=disable` })}\n`,
)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await server.stop()
  await db.close()
  if (lockFile) await rm(lockFile, { force: true })
  process.exit(0)
}

/** PGlite is single-process: two servers on one data directory would corrupt it. */
async function takeLock(file: string): Promise<void> {
  const owner = Number(await readFile(file, 'utf8').catch(() => ''))
  if (owner && isAlive(owner)) {
    console.error(
      `${file}: the embedded database is already running (pid ${owner}). Stop the other \`npm start\` first.`,
    )
    process.exit(1)
  }
  await writeFile(file, String(process.pid))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()
