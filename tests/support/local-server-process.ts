// Runs `npm start` (scripts/start.ts, without the build) as a child process on a free port, with
// the embedded database in `dataDir`, as a person would — and stops it like Ctrl-C does.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export interface LocalServerProcess {
  url: string
  stop(): Promise<void>
}

const startScript = join(import.meta.dirname, '..', '..', 'scripts', 'start.ts')

export async function startLocalServerProcess(
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<LocalServerProcess> {
  const {
    DATABASE_URL: _database,
    SUPABASE_URL: _url,
    SUPABASE_SECRET_KEY: _key,
    // The server names its own address (its port is chosen at start).
    SITE_URL: _site,
    ...env
  } = process.env
  const child = spawn(process.execPath, [startScript, '--no-build', `--data-dir=${dataDir}`], {
    env: { ...env, ...extraEnv, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      const match = /running at (http:\/\/\S+?)\/? /.exec(line)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`npm start exited early (code ${code})`)))
  })
  return { url, stop: () => interrupt(child) }
}

async function interrupt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exit = once(child, 'exit')
  child.kill('SIGINT')
  await exit
}
