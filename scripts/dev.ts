// `npm run dev`: Astro's dev server (live reload) on PORT, proxying /api/* to the functions served
// by Netlify's emulator; the embedded database unless a store is configured.
import { spawn } from 'node:child_process'
import { type EmbeddedDatabase, spawnEmbeddedDatabase } from './database/spawn-embedded-database.ts'
import { startLocalServer } from './local-server.ts'

let database: EmbeddedDatabase | undefined
if (!process.env.DATABASE_URL && !process.env.SUPABASE_URL) {
  database = await spawnEmbeddedDatabase({ dataDir: '.data/pglite' })
}
const functions = await startLocalServer({
  functionsOnly: true,
  env: database ? { DATABASE_URL: database.databaseUrl } : {},
})
const astro = spawn('npx', ['astro', 'dev', '--port', process.env.PORT ?? '4321'], {
  stdio: 'inherit',
  env: { ...process.env, DEDALE_FUNCTIONS_URL: functions.url },
})

async function stop() {
  astro.kill('SIGINT')
  await functions.stop()
  await database?.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
astro.on('exit', stop)
