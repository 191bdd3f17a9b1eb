// `npm run dev`: Astro's dev server (live reload) on PORT, proxying /api/* to the functions served
// by Netlify's emulator; the embedded database unless a store is configured.
import { spawn } from 'node:child_process'
import { prepareLocalEnvironment } from './local-environment.ts'
import { startLocalSchedules } from './local-schedules.ts'
import { startLocalServer } from './local-server.ts'

const { env, database } = await prepareLocalEnvironment('.data/pglite')
const port = process.env.PORT ?? '4321'
// Links the functions write (tracking, uploads) point to Astro's server, which proxies /api.
const functions = await startLocalServer({
  functionsOnly: true,
  env: { SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`, ...env },
})
const stopSchedules = startLocalSchedules(env)
const astro = spawn('npx', ['astro', 'dev', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, DEDALE_FUNCTIONS_URL: functions.url },
})

async function stop() {
  stopSchedules()
  astro.kill('SIGINT')
  await functions.stop()
  await database?.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
astro.on('exit', stop)
