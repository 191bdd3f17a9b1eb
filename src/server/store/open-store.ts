import { publishedUdapContactsAnswer } from '../../domain/api/agent-udap.ts'
import { statsAnswer } from '../../domain/api/stats.ts'
import { trackingAnswer } from '../../domain/api/tracking.ts'
import type { UdapContact } from '../../domain/udap-availability.ts'
import type { StoreConfig } from '../config.ts'
import {
  type ConsultationStore,
  type OutboxMessage,
  StoreUnavailable,
  type SubmissionResult,
  toSubmissionArguments,
} from './consultation-store.ts'
import { postgresFunctions } from './postgres-functions.ts'
import {
  attachmentTargetRow,
  recordedAttachmentRow,
  storeHealthRow,
  submissionRow,
} from './sql-answers.ts'
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
      const answer = await sql.scalar(
        'submit_consultation',
        toSubmissionArguments(consultation, context),
      )
      if (!answer) throw new StoreUnavailable('submit_consultation answered nothing')
      const row = submissionRow.parse(answer)
      return {
        reference: row.reference,
        udapCode: row.udap_code,
        created: row.created,
      } satisfies SubmissionResult
    },
    async udapContact(code) {
      return (await sql.scalar<UdapContact | null>('udap_contact', { code })) ?? undefined
    },
    async tracking(trackingTokenHash) {
      const view = await sql.scalar('consultation_tracking', {
        tracking_token_hash: trackingTokenHash,
      })
      return view ? trackingAnswer.parse(view) : undefined
    },
    async attachmentTarget(trackingTokenHash) {
      const answer = await sql.scalar('attachment_target', {
        tracking_token_hash: trackingTokenHash,
      })
      if (!answer) return undefined
      const target = attachmentTargetRow.parse(answer)
      return {
        consultationId: target.consultation_id,
        closed: target.closed,
        count: target.count,
        totalBytes: target.total_bytes,
      }
    },
    async recordAttachment(trackingTokenHash, file) {
      const recorded = recordedAttachmentRow.parse(
        await sql.scalar('record_attachment', {
          tracking_token_hash: trackingTokenHash,
          storage_path: file.path,
          file_name: file.fileName,
          size_bytes: file.size,
          mime_type: file.mimeType,
        }),
      )
      return { count: recorded.count, totalBytes: recorded.total_bytes }
    },
    async reserveAttachmentUpload(trackingTokenHash, upload) {
      const answer = await sql.scalar<{
        reserved?: boolean
        refused?: 'closed' | 'count' | 'total'
      } | null>('reserve_attachment_upload', {
        tracking_token_hash: trackingTokenHash,
        storage_path: upload.path,
        size_bytes: upload.size,
        expires_at: upload.expiresAt.toISOString(),
      })
      if (!answer) return undefined
      return answer.refused ?? 'reserved'
    },
    async spendAntispamToken(tokenHash, expiresAt) {
      return (
        (await sql.scalar<boolean>('spend_antispam_token', {
          token_hash: tokenHash,
          expires_at: expiresAt.toISOString(),
        })) === true
      )
    },
    async pendingStorageDeletions(maxRows) {
      const rows = await sql.rows<{ storage_path: string }>('pending_storage_deletions', {
        max_rows: maxRows,
      })
      return rows.map((row) => row.storage_path)
    },
    async confirmStorageDeletions(paths) {
      if (paths.length > 0) await sql.scalar('confirm_storage_deletions', { storage_paths: paths })
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
    async localInviteAccount(email) {
      const id = await sql.scalar<string | null>('local_invite_account', { email })
      if (!id) throw new StoreUnavailable('local_invite_account answered nothing')
      return id
    },
    async publishedUdapContacts() {
      return publishedUdapContactsAnswer.parse(await sql.scalar('published_udap_contacts', {}))
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
    publicStatistics: async () => statsAnswer.parse(await sql.scalar('public_statistics')),
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
      const health = storeHealthRow.parse(await sql.scalar('store_health'))
      return {
        consultations: health.consultations,
        pendingEmails: health.pending_emails,
        oldestPendingEmailMinutes: health.oldest_pending_email_minutes,
      }
    },
    close: () => sql.close(),
  }
}
