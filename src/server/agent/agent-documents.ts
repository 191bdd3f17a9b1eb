import { createClient } from '@supabase/supabase-js'
import {
  attachmentsBucket,
  downloadSeconds,
  openAttachmentStorage,
} from '../storage/attachment-storage.ts'
import type { AgentContext } from './agent-context.ts'

/**
 * A short-lived download link for a document the database already allowed the agent to see
 * (public.agent_attachment, under their row-level security). In production Storage signs it
 * under the agent's own JWT and the publishable key, so the policy on storage.objects decides
 * a second time and no service key is involved; undefined when Storage refuses. Locally the
 * stand-in (/api/downloads/…) signs it with the local secret after that same database check.
 */
export async function agentDownloadUrl(
  context: Pick<AgentContext, 'config' | 'auth' | 'accessToken'>,
  storagePath: string,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): Promise<string | undefined> {
  const { config, auth } = context
  if (config.store.kind === 'postgres')
    return openAttachmentStorage(config).createDownloadUrl(storagePath, config.siteOrigin)
  if (auth.kind !== 'supabase')
    throw new Error('The supabase store needs Supabase Auth for agents.')
  const bucket = createClient(auth.url, auth.publishableKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { fetch, headers: { Authorization: `Bearer ${context.accessToken}` } },
  }).storage.from(attachmentsBucket)
  const { data, error } = await bucket.createSignedUrl(storagePath, downloadSeconds)
  if (error) {
    console.warn('agent documents: Storage refused to sign', error.message)
    return undefined
  }
  return data.signedUrl
}
