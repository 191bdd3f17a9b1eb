import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startFakeGeodataUpstream } from '../../support/fake-geodata-upstream.ts'
import { startFakeProConnect } from '../../support/fake-proconnect.ts'
import { startLocalServerProcess } from '../../support/local-server-process.ts'

/** Serves the built site and functions, with a throwaway embedded database, for the whole run. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'dedale-e2e-'))
  // The address page's geodata come from a local fake of the IGN services.
  const geodata = await startFakeGeodataUpstream()
  // The local mailbox of the run: sign-in codes and the applicant's emails are read there.
  const mailDir = join(dataDir, 'mail')
  // ProConnect is a local OpenID provider of its shape; it learns the server's address once it runs.
  const proConnect = await startFakeProConnect()
  const server = await startLocalServerProcess(join(dataDir, 'pglite'), {
    GEOCODER_URL: geodata.geocoderUrl,
    GPU_API_URL: geodata.gpuApiUrl,
    MAIL_DIR: mailDir,
    PROCONNECT_ISSUER: proConnect.issuer,
    PROCONNECT_CLIENT_ID: proConnect.clientId,
    PROCONNECT_CLIENT_SECRET: proConnect.clientSecret,
  })
  await proConnect.register(server.url)
  project.provide('baseUrl', server.url)
  project.provide('mailDir', mailDir)
  return async () => {
    await server.stop()
    await proConnect.close()
    await geodata.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the local server the browser visits. */
    baseUrl: string
    /** The local mailbox (.eml files) of the server. */
    mailDir: string
  }
}
