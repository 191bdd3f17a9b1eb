import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export interface EmbeddedDatabase {
  databaseUrl: string
  stop(): Promise<void>
}

const script = join(import.meta.dirname, 'embedded-database.ts')

/** Starts the embedded database in a child process and waits until it accepts connections. */
export async function spawnEmbeddedDatabase(
  options: { dataDir?: string } = {},
): Promise<EmbeddedDatabase> {
  const args = options.dataDir ? [`--data-dir=${options.dataDir}`] : ['--memory']
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`The embedded database stopped before it was ready (exit code ${code}).`)
  })
  const ready = once(lines, 'line').then(
    ([line]) => JSON.parse(String(line)) as { databaseUrl: string },
  )
  const { databaseUrl } = await Promise.race([ready, exited])
  exited.catch(() => {})
  return { databaseUrl, stop: () => stopChild(child) }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exit = once(child, 'exit')
  child.kill('SIGTERM')
  await exit
}
