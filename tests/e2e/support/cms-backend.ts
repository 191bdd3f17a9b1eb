import { type ChildProcess, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { adminContentSecurityPolicy } from '../../../src/integrations/security-headers.ts'

/** A port nobody listens on now (the proxy takes its port from the environment). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Decap's local proxy (decap-server, "fs" mode): reads and writes the files of `workTree` as the
 * GitHub backend would in the repository.
 */
export async function startDecapServer(
  workTree: string,
): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [join(import.meta.dirname, '../../../node_modules/decap-server/dist/index.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        MODE: 'fs',
        GIT_REPO_DIRECTORY: workTree,
        BIND_HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    },
  )
  const url = `http://127.0.0.1:${port}/api/v1`
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined)
    if (answer?.ok) return { url, stop: () => child.kill() }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error('decap-server did not start')
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.yml': 'text/yaml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
}

/**
 * Serves the built /admin/ (dist/admin) with its production CSP, opened to the local proxy, and
 * its configuration pointed at that proxy without the editorial workflow (the proxy's "fs" mode
 * writes the files directly, which is what the test reads back).
 */
export async function serveAdmin(
  dist: string,
  proxyUrl: string,
): Promise<{ origin: string; server: Server }> {
  const csp = adminContentSecurityPolicy().replace(
    "connect-src 'self'",
    `connect-src 'self' ${new URL(proxyUrl).origin}`,
  )
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(
      /\/$/,
      '/index.html',
    )
    if (!path.startsWith('/admin/')) {
      response.writeHead(404).end()
      return
    }
    try {
      let body: string | Buffer = await readFile(join(dist, path))
      if (path === '/admin/config.yml') {
        const config = JSON.parse(body.toString('utf8'))
        delete config.publish_mode
        config.local_backend = { url: proxyUrl }
        body = JSON.stringify(config)
      }
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': csp,
      })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
