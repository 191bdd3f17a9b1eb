import type { StoreConfig } from '../config.ts'
import {
  type ConsultationStore,
  type OutboxMessage,
  StoreUnavailable,
  type SubmissionResult,
  type TrackingView,
  toSubmissionArguments,
} from './consultation-store.ts'
import { postgresFunctions } from './postgres-functions.ts'
import type { SqlFunctions } from './sql-functions.ts'
import { supabaseFunctions } from './supabase-functions.ts'

export function openStore(config: StoreConfig, fetch?: typeof globalThis.fetch): ConsultationStore {
  return storeOver(
    config.kind === 'supabase'
      ? supabaseFunctions({
          url: config.url,
          secretKey: config.secretKey,
          ...(fetch ? { fetch } : {}),
        })
      : postgresFunctions(config.databaseUrl),
  )
}

/** Runs `work` with a store and always releases it, whatever happens. */
export async function withStore<T>(
  config: StoreConfig,
  work: (store: ConsultationStore) => Promise<T>,
): Promise<T> {
  const store = openStore(config)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

/** The port, written once over either adapter's way of calling SQL functions. */
export function storeOver(sql: SqlFunctions): ConsultationStore {
  return {
    kind: sql.kind,
    async submitConsultation(consultation, context) {
      const row = await sql.scalar<{
        reference: string
        udap_code: string
        created: boolean
      } | null>('submit_consultation', toSubmissionArguments(consultation, context))
      if (!row) throw new StoreUnavailable('submit_consultation answered nothing')
      return {
        reference: row.reference,
        udapCode: row.udap_code,
        created: row.created,
      } satisfies SubmissionResult
    },
    async tracking(trackingTokenHash) {
      return (
        (await sql.scalar<TrackingView | null>('consultation_tracking', {
          tracking_token_hash: trackingTokenHash,
        })) ?? undefined
      )
    },
    async attachmentTarget(trackingTokenHash) {
      const target = await sql.scalar<{
        consultation_id: string
        closed: boolean
        count: number
        total_bytes: number
      } | null>('attachment_target', { tracking_token_hash: trackingTokenHash })
      if (!target) return undefined
      return {
        consultationId: target.consultation_id,
        closed: target.closed,
        count: Number(target.count),
        totalBytes: Number(target.total_bytes),
      }
    },
    async recordAttachment(trackingTokenHash, file) {
      const recorded = await sql.scalar<{ count: number; total_bytes: number }>(
        'record_attachment',
        {
          tracking_token_hash: trackingTokenHash,
          storage_path: file.path,
          file_name: file.fileName,
          size_bytes: file.size,
          mime_type: file.mimeType,
        },
      )
      return { count: Number(recorded.count), totalBytes: Number(recorded.total_bytes) }
    },
    async answerComplement(trackingTokenHash, message) {
      return (
        (await sql.scalar<{ accepted: boolean; status: string } | null>('answer_complement', {
          tracking_token_hash: trackingTokenHash,
          message,
        })) ?? undefined
      )
    },
    async localAgentAccount(email) {
      return (await sql.scalar<string | null>('local_agent_account', { email })) ?? undefined
    },
    async hitRateLimit(bucket, keyHash, windowSeconds, maxHits) {
      return Number(
        await sql.scalar<number>('hit_rate_limit', {
          bucket,
          key_hash: keyHash,
          window_seconds: windowSeconds,
          max_hits: maxHits,
        }),
      )
    },
    async recordPageFeedback(page, useful, comment) {
      return Number(
        await sql.scalar('record_page_feedback', { page, useful, comment: comment ?? null }),
      )
    },
    async commentPageFeedback(id, page, comment) {
      return (
        (await sql.scalar<boolean>('comment_page_feedback', { feedback_id: id, page, comment })) ===
        true
      )
    },
    publicStatistics: () => sql.scalar('public_statistics'),
    async claimOutbox(maxRows) {
      const rows = await sql.rows<OutboxMessage>('outbox_claim', { max_rows: maxRows })
      return rows.map((row) => ({ ...row, id: Number(row.id) }))
    },
    async markOutboxSent(id) {
      await sql.scalar('outbox_mark_sent', { outbox_id: id })
    },
    async markOutboxFailed(id, error) {
      await sql.scalar('outbox_mark_failed', { outbox_id: id, error })
    },
    async purgeExpiredPersonalData() {
      const rows = await sql.rows<{ storage_path: string }>('purge_expired_personal_data')
      return rows.map((row) => row.storage_path)
    },
    async health() {
      const health = await sql.scalar<{
        consultations: number
        pending_emails: number
        oldest_pending_email_minutes: number | null
      }>('store_health')
      return {
        consultations: Number(health.consultations),
        pendingEmails: Number(health.pending_emails),
        oldestPendingEmailMinutes:
          health.oldest_pending_email_minutes === null
            ? null
            : Number(health.oldest_pending_email_minutes),
      }
    },
    close: () => sql.close(),
  }
}
