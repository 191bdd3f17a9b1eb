import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
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
  let netlify: NetlifyDev | undefined
  const server = createServer(async (request, response) => {
    try {
      const upload = await localUpload(request)
      if (upload) return await send(upload, response)
      const match = await netlify?.handleAndIntrospectNodeRequest(request)
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
  const url = `http://localhost:${port}`
  // The functions build every link on SITE_URL, never on a request's Host: this server, unless
  // configured otherwise.
  Object.assign(process.env, { SITE_URL: process.env.SITE_URL ?? url }, options.env)
  netlify = new NetlifyDev({
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

  return {
    url,
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await netlify?.stop()
    },
  }
}

/**
 * The emulator reads request bodies as text and then calls them base64 (functions-dev's
 * lambdaEventFromWebRequest), which corrupts binary files: the local stand-in for signed upload
 * URLs (functions/local-upload.ts) is therefore called here, in-process, with the bytes as sent.
 */
async function localUpload(request: IncomingMessage): Promise<Response | undefined> {
  const path = /^\/api\/uploads\/([^/?]+)\/([^/?]+)(?:\?|$)/.exec(request.url ?? '')
  if (request.method !== 'PUT' || !path) return undefined
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const { default: handler } = await import('../functions/local-upload.ts')
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers.set(name, value)
  const webRequest = new Request(`http://${request.headers.host}${request.url}`, {
    method: 'PUT',
    headers,
    body: Buffer.concat(chunks),
  })
  return handler(webRequest, { params: { request: path[1] ?? '', file: path[2] ?? '' } } as never)
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
