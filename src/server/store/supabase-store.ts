import { createClient } from '@supabase/supabase-js'
import {
  type ConsultationStore,
  fromSubmissionRow,
  isDataError,
  StoreRejection,
  StoreUnavailable,
  type SubmissionRow,
  type TrackingView,
  toSubmissionArguments,
} from './consultation-store.ts'

interface SupabaseStoreOptions {
  url: string
  secretKey: string
  /** The HTTP client supabase-js uses; tests pass one that answers like PostgREST. */
  fetch?: typeof fetch
}

/** The supabase adapter (production): the same SQL functions, called through PostgREST's `rpc`. */
export function createSupabaseStore({
  url,
  secretKey,
  fetch,
}: SupabaseStoreOptions): ConsultationStore {
  const supabase = createClient(url, secretKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    ...(fetch ? { global: { fetch } } : {}),
  })

  async function rpc<T>(name: string, args?: Record<string, unknown>): Promise<T> {
    const { data, error } = await supabase.rpc(name, args)
    if (error) {
      if (isDataError(error.code)) throw new StoreRejection(error.message)
      throw new StoreUnavailable(`supabase store: ${name}: ${error.message}`)
    }
    return data as T
  }

  return {
    kind: 'supabase',
    async submitConsultation(consultation, context) {
      const { payload, trackingTokenHash, trackingUrl } = toSubmissionArguments(
        consultation,
        context,
      )
      const row = await rpc<SubmissionRow>('submit_consultation', {
        payload,
        tracking_token_hash: hexBytea(trackingTokenHash),
        tracking_url: trackingUrl,
      })
      return fromSubmissionRow(row)
    },
    async tracking(trackingTokenHash) {
      const view = await rpc<TrackingView | null>('consultation_tracking', {
        tracking_token_hash: hexBytea(trackingTokenHash),
      })
      return view ?? undefined
    },
    async health() {
      const health = await rpc<{ consultations: number }>('store_health')
      return { consultations: Number(health.consultations) }
    },
    async close() {},
  }
}

/** PostgREST reads bytea arguments in their hex form, \x… */
function hexBytea(bytes: Buffer): string {
  return `\\x${bytes.toString('hex')}`
}
