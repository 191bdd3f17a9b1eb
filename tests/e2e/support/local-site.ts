import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startLocalServerProcess } from '../../support/local-server-process.ts'

/** Serves the built site and functions, with a throwaway embedded database, for the whole run. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'dedale-e2e-'))
  const server = await startLocalServerProcess(join(dataDir, 'pglite'))
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the local server the browser visits. */
    baseUrl: string
  }
}
