import { readFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { NetlifyDev } from '@netlify/dev'

export interface LocalServer {
  url: string
  stop(): Promise<void>
}

const projectRoot = join(import.meta.dirname, '..')

/**
 * Serves dist/ and the functions on one port through Netlify's own emulator, with the given
 * environment (DATABASE_URL…) visible to the functions.
 */
export async function startLocalServer(
  options: { port?: number; env?: Record<string, string>; functionsOnly?: boolean } = {},
): Promise<LocalServer> {
  Object.assign(process.env, options.env)
  const netlify = new NetlifyDev({
    projectRoot,
    // Behind Astro's dev server (npm run dev), only the functions are served here.
    staticFiles: { enabled: !options.functionsOnly },
    skipGitignore: true,
    blobs: { enabled: false },
    database: { enabled: false },
    edgeFunctions: { enabled: false },
    geolocation: { enabled: false },
    images: { enabled: false },
    aiGateway: { enabled: false },
  })
  await netlify.start()

  const server = createServer(async (request, response) => {
    try {
      const match = await netlify.handleAndIntrospectNodeRequest(request)
      if (match) return await send(match.response, response)
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(
        await readFile(join(projectRoot, 'dist', '404.html')).catch(() => 'Page introuvable'),
      )
    } catch (error) {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    }
  })
  server.listen(options.port ?? 0, '127.0.0.1')
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://localhost:${port}`,
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await netlify.stop()
    },
  }
}

async function send(from: Response, to: ServerResponse): Promise<void> {
  to.writeHead(from.status, from.statusText, [...from.headers].flat())
  if (!from.body) return void to.end()
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(from.body as import('node:stream/web').ReadableStream)
      .pipe(to)
      .on('finish', resolve)
      .on('error', reject)
  })
}
