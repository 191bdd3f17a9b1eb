// The agent's download links in production: Storage signs them under the agent's own JWT and the
// publishable key (its storage.objects policy decides), never with the secret key. Storage is
// stood in for at the HTTP boundary with the answers it gives.
import { describe, expect, it } from 'vitest'
import { agentDownloadUrl } from '../../src/server/agent/agent-documents.ts'
import { readConfig } from '../../src/server/config.ts'

const config = readConfig({
  SUPABASE_URL: 'https://projet.supabase.co',
  SUPABASE_SECRET_KEY: 'sb_secret_test',
  SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_test',
  FORM_SECRET: 'f'.repeat(32),
  SMTP_URL: 'smtp://mail.example:587',
  SITE_URL: 'https://dedale.example',
})
const path = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9/1b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.pdf'

function storage(allowed: boolean) {
  const seen: Request[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    seen.push(request)
    return allowed
      ? Response.json({ signedURL: `/object/sign/consultation-attachments/${path}?token=jeton` })
      : // What Storage answers when the policy hides the object from this JWT.
        Response.json(
          { statusCode: '404', error: 'not_found', message: 'Object not found' },
          { status: 400 },
        )
  }
  return { fetch: fetch as typeof globalThis.fetch, seen }
}

describe('agent download links with Supabase Storage', () => {
  if (config.agentAuth?.kind !== 'supabase') throw new Error('expected Supabase Auth')
  const context = { config, auth: config.agentAuth, accessToken: 'eyJ.agent.jwt' }

  it('asks Storage to sign under the agent’s JWT and the publishable key', async () => {
    const server = storage(true)
    const url = await agentDownloadUrl(context, path, server.fetch)
    expect(url).toBe(
      `https://projet.supabase.co/storage/v1/object/sign/consultation-attachments/${path}?token=jeton`,
    )
    const [request] = server.seen
    expect(request?.url).toBe(
      `https://projet.supabase.co/storage/v1/object/sign/consultation-attachments/${path}`,
    )
    expect(request?.headers.get('authorization')).toBe('Bearer eyJ.agent.jwt')
    expect(request?.headers.get('apikey')).toBe('sb_publishable_test')
    expect(await request?.json()).toEqual({ expiresIn: 60 })
  })

  it('gives no link when Storage’s policy refuses the agent', async () => {
    expect(await agentDownloadUrl(context, path, storage(false).fetch)).toBeUndefined()
  })
})
