import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { promisify } from 'node:util'
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
 * Makes `workTree` a git repository whose branch `main` (the configuration's `backend.branch`)
 * holds its files in one commit: what decap-server's "git" mode needs.
 */
export async function commitWorkTree(workTree: string): Promise<void> {
  const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: workTree })
  await git('init', '--quiet', '--initial-branch=main')
  await git('config', 'user.name', 'Dédale (tests)')
  await git('config', 'user.email', 'tests@dedale.invalid')
  await git('config', 'commit.gpgsign', 'false')
  await git('add', '--all')
  await git('commit', '--quiet', '--no-verify', '--message', 'Contenus copiés pour les tests')
}

/**
 * Decap's local proxy (decap-server): in "fs" mode it reads and writes the files of `workTree`
 * as the GitHub backend would in the repository; in "git" mode (`workTree` a repository, see
 * commitWorkTree) it also keeps the editorial workflow's unpublished entries, each on a branch
 * `cms/<collection>/<slug>` whose status is in the branch's description, as the GitHub backend
 * keeps them in pull requests.
 */
export async function startDecapServer(
  workTree: string,
  mode: 'fs' | 'git' = 'fs',
): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [join(import.meta.dirname, '../../../node_modules/decap-server/dist/index.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        MODE: mode,
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
 * its configuration pointed at that proxy. Without `editorialWorkflow`, the configuration loses
 * its `publish_mode` (the proxy's "fs" mode writes the files directly, which is what the tests
 * read back); with it, it keeps production's editorial workflow (the proxy in "git" mode).
 */
export async function serveAdmin(
  dist: string,
  proxyUrl: string,
  { editorialWorkflow = false }: { editorialWorkflow?: boolean } = {},
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
        if (!editorialWorkflow) delete config.publish_mode
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
