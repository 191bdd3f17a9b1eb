// docs/api.md is executed: every ```http request block is sent, in the document's order, to the
// function whose `config.path` matches it, and the answer must have the status and the shape of
// the ```http answer block after it (same keys; "…" in a documented string stands for any text,
// a number for any number). `{name}` in a request is a value from an earlier answer
// (`{trackingToken}`: the fragment of the last `trackingUrl`). The README's curl example is run too.
import { readFileSync } from 'node:fs'
import type { Context } from '@netlify/functions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGeodataUpstream } from '../support/fake-geodata-upstream.ts'
import { functionFor } from '../support/function-routes.ts'
import { useTestDatabase } from '../support/test-database.ts'

useTestDatabase()

interface Example {
  request: {
    method: string
    path: string
    headers: Record<string, string>
    body?: string | undefined
  }
  answer: { status: number; body?: unknown }
  line: number
}

/** The pairs of ```http blocks of a Markdown text: a request, then its answer. */
function examplesOf(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```http\n([\s\S]*?)^```/gm)].map((match) => ({
    text: match[1] ?? '',
    line: markdown.slice(0, match.index).split('\n').length,
  }))
  const examples: Example[] = []
  for (let i = 0; i < blocks.length; i += 2) {
    const request = parseMessage(blocks[i]?.text ?? '')
    const answer = parseMessage(blocks[i + 1]?.text ?? '')
    const [method = '', path = ''] = request.start.split(' ')
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer.start)?.[1])
    if (!method || !path.startsWith('/') || !status)
      throw new Error(`docs/api.md:${blocks[i]?.line}: a request block, then its answer block`)
    examples.push({
      request: { method, path, headers: request.headers, body: request.body },
      answer: { status, body: answer.body === undefined ? undefined : JSON.parse(answer.body) },
      line: blocks[i]?.line ?? 0,
    })
  }
  return examples
}

function parseMessage(text: string) {
  const [head = '', ...rest] = text.split(/\n\n/)
  const [start = '', ...headerLines] = head.split('\n')
  const headers = Object.fromEntries(
    headerLines
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  )
  const body = rest.join('\n\n').trim()
  return { start: start.trim(), headers, body: body === '' ? undefined : body }
}

/** Where the answer differs from the documented one, or undefined when it has its shape. */
function mismatch(actual: unknown, documented: unknown, at = '$'): string | undefined {
  const say = () =>
    `${at}: ${JSON.stringify(actual)} where the docs show ${JSON.stringify(documented)}`
  if (typeof documented === 'string') {
    if (typeof actual !== 'string') return say()
    const pattern = documented
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*')
    return new RegExp(`^${pattern}$`).test(actual) ? undefined : say()
  }
  if (typeof documented === 'number') return typeof actual === 'number' ? undefined : say()
  if (documented === null || typeof documented === 'boolean')
    return actual === documented ? undefined : say()
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return say()
    // A last element "…": the answer starts with the documented elements and may have more.
    const open = documented.at(-1) === '…'
    const shown = open ? documented.slice(0, -1) : documented
    if (open ? actual.length < shown.length : actual.length !== shown.length) return say()
    for (const [index, element] of shown.entries()) {
      const found = mismatch(actual[index], element, `${at}[${index}]`)
      if (found) return found
    }
    return undefined
  }
  if (typeof documented === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return say()
    const keys = Object.keys(documented)
    const actualKeys = Object.keys(actual)
    if (keys.sort().join() !== actualKeys.sort().join())
      return `${at}: keys ${actualKeys.join(', ')} where the docs show ${keys.join(', ')}`
    for (const key of keys) {
      const found = mismatch(
        (actual as Record<string, unknown>)[key],
        (documented as Record<string, unknown>)[key],
        `${at}.${key}`,
      )
      if (found) return found
    }
    return undefined
  }
  return say()
}

async function send(request: Example['request']): Promise<Response> {
  const url = new URL(request.path, 'http://localhost:8888')
  const route = functionFor(url.pathname)
  if (!route) throw new Error(`No function answers ${url.pathname}`)
  const params = route.pattern.exec(url.pathname)?.groups ?? {}
  return route.handler(
    new Request(url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    }),
    { params } as unknown as Context,
  )
}

const saved = { GEOCODER_URL: process.env.GEOCODER_URL, GPU_API_URL: process.env.GPU_API_URL }
let closeUpstream: () => Promise<void>
beforeAll(async () => {
  const upstream = await startFakeGeodataUpstream()
  process.env.GEOCODER_URL = upstream.geocoderUrl
  process.env.GPU_API_URL = upstream.gpuApiUrl
  closeUpstream = () => upstream.close()
})
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await closeUpstream()
})

describe('docs/api.md', () => {
  const examples = examplesOf(readFileSync('docs/api.md', 'utf8'))
  const captured: Record<string, string> = {}

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(10)
  })

  it.each(
    examples.map((example) => [
      `${example.request.method} ${example.request.path} → ${example.answer.status} (line ${example.line})`,
      example,
    ]),
  )('%s', async (_name, example) => {
    const fill = (text: string) =>
      text.replace(/\{(\w+)\}/g, (whole, name: string) => captured[name] ?? whole)
    const request = {
      ...example.request,
      path: fill(example.request.path),
      headers: Object.fromEntries(
        Object.entries(example.request.headers).map(([name, value]) => [name, fill(value)]),
      ),
      ...(example.request.body === undefined ? {} : { body: fill(example.request.body) }),
    }
    const response = await send(request)
    const text = await response.text()
    const body: unknown = text === '' ? undefined : JSON.parse(text)
    expect({ status: response.status, body }).toMatchObject({ status: example.answer.status })
    if (example.answer.body !== undefined)
      expect(mismatch(body, example.answer.body)).toBeUndefined()
    for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>))
      if (typeof value === 'string') captured[key] = value
    if (captured.trackingUrl) captured.trackingToken = captured.trackingUrl.split('#')[1] ?? ''
  })
})

describe('the README', () => {
  it('has a curl example that answers 201 with a reference and a tracking link', async () => {
    const readme = readFileSync('README.md', 'utf8')
    const curl = /curl -i -X POST \S+\/api\/consultations[\s\S]*?-d '([^']+)'/.exec(readme)
    expect(curl).not.toBeNull()
    const response = await send({
      method: 'POST',
      path: '/api/consultations',
      headers: { 'Content-Type': 'application/json' },
      body: curl?.[1] ?? '',
    })
    expect(response.status).toBe(201)
    expect(
      mismatch(await response.json(), {
        reference: '69-…',
        trackingUrl: 'http://localhost:8888/suivi/#…',
      }),
    ).toBeUndefined()
  })
})
